import type { LetterInput, Tone } from '../tasks.js';
import { stemSet, stemsOf } from '../text/french.js';
import { extractKeywords, type Keyword } from '../text/keywords.js';
import { nounPhrase, withPreposition } from '../text/phrases.js';
import { frenchList, lowerFirst, withoutFinalPunctuation } from '../text/sentences.js';
import { findEvidence, type Evidence } from './evidence.js';
import { capitalize, pick } from './phrasing.js';

interface LetterContext {
  company: string;
  jobTitle: string;
  /** The offer's two leading subjects as noun phrases ("la réception", "les indicateurs de productivité"). */
  focus: [string, string];
}

interface ToneStyle {
  greeting(company: string): string;
  hooks(ctx: LetterContext): [string, ...string[]];
  us(ctx: LetterContext): string;
  closing: string;
}

const both = ([a, b]: [string, string]) => frenchList([a, b]);
const à = (phrase: string) => withPreposition('à', phrase);
const de = (phrase: string) => withPreposition('de', phrase);
/** « de » + company, elided before a vowel: « d’Audit Conseil ». */
const of = (company: string) => withPreposition('de', company);

const STYLES: Readonly<Record<Tone, ToneStyle>> = {
  formel: {
    greeting: () => 'Madame, Monsieur,',
    hooks: ({ company, jobTitle, focus }) => [
      `C’est avec un vif intérêt que j’ai pris connaissance de votre offre pour le poste de ${jobTitle} : l’importance que ${company} accorde ${à(focus[0])} et ${à(focus[1])} rejoint directement mon expérience.`,
      `Votre annonce pour le poste de ${jobTitle} a retenu toute mon attention, car ${company} y met en avant ${both(focus)}, qui correspondent à ce que je pratique depuis plusieurs années.`,
    ],
    us: ({ company }) => `Rejoindre ${company} me permettrait de mettre cette expérience au service de vos équipes, avec la rigueur et la fiabilité que ce poste exige.`,
    closing: 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
  },
  sobre: {
    greeting: () => 'Madame, Monsieur,',
    hooks: ({ company, jobTitle, focus }) => [
      `Je vous propose ma candidature au poste de ${jobTitle} chez ${company}, qui demande notamment ${both(focus)}.`,
      `Le poste de ${jobTitle} que propose ${company} s’appuie sur ${both(focus)}, deux domaines que je connais bien.`,
    ],
    us: ({ company }) => `Je souhaite apporter à ${company} une contribution concrète et durable.`,
    closing: 'Veuillez agréer, Madame, Monsieur, mes salutations respectueuses.',
  },
  dynamique: {
    greeting: () => 'Madame, Monsieur,',
    hooks: ({ company, jobTitle, focus }) => [
      `${company} recherche un profil de ${jobTitle} à l’aise avec ${both(focus)} ? C’est exactement ce que je fais au quotidien, et avec enthousiasme.`,
      `Relever les défis ${of(company)} en tant que ${jobTitle}, autour ${de(focus[0])} et ${de(focus[1])} : voilà le projet qui me motive aujourd’hui.`,
    ],
    us: ({ company }) => `Ensemble, nous pourrons faire avancer rapidement les projets ${of(company)} : je compte m’investir pleinement dès les premières semaines.`,
    closing: 'Au plaisir d’échanger avec vous, je vous adresse mes cordiales salutations.',
  },
  creatif: {
    greeting: () => 'Bonjour,',
    hooks: ({ company, jobTitle, focus }) => [
      `Il y a des offres que l’on lit deux fois : celle ${of(company)} pour un poste de ${jobTitle}, centrée sur ${both(focus)}, en fait partie.`,
      `Mettre ${both(focus)} au cœur de mon travail : c’est ce que propose le poste de ${jobTitle} chez ${company}, et c’est ce qui me ressemble.`,
    ],
    us: ({ company }) => `J’aimerais imaginer avec ${company} des solutions qui sortent de l’ordinaire et qui servent vraiment vos utilisateurs.`,
    closing: 'Au plaisir de vous rencontrer. Bien cordialement,',
  },
  startup: {
    greeting: (company) => `Bonjour l’équipe ${company},`,
    hooks: ({ company, jobTitle, focus }) => [
      `Quand j’ai vu que ${company} cherchait un ou une ${jobTitle} pour prendre en charge ${both(focus)}, je me suis dit que c’était le bon moment pour vous écrire.`,
      `${capitalize(both(focus))} : c’est le cœur du poste de ${jobTitle} chez ${company}, et c’est là que j’ai le plus d’impact.`,
    ],
    us: ({ company }) => `J’ai envie de grandir avec ${company}, de tester, d’apprendre vite et de livrer des résultats visibles.`,
    closing: 'À très vite, j’espère ! Bien à vous,',
  },
  associatif: {
    greeting: () => 'Madame, Monsieur,',
    hooks: ({ company, jobTitle, focus }) => [
      `L’engagement ${of(company)} me touche particulièrement, et le poste de ${jobTitle}, tourné vers ${both(focus)}, me permettrait d’y contribuer pleinement.`,
      `Donner du sens à mon travail en rejoignant ${company} comme ${jobTitle} : c’est le projet que je mûris, nourri par mon expérience ${de(focus[0])} et ${de(focus[1])}.`,
    ],
    us: ({ company }) => `Rejoindre ${company}, c’est pour moi mettre mes compétences au service d’un projet collectif et utile.`,
    closing: 'Je vous prie de recevoir mes sincères salutations.',
  },
};

function achievementHook(evidence: Evidence, ctx: LetterContext): string {
  return `${capitalize(withoutFinalPunctuation(evidence.sentence))} : c’est le type de résultat que je souhaite apporter à ${ctx.company} en tant que ${ctx.jobTitle}.`;
}

function careerChange(input: LetterInput): string | undefined {
  if (!input.previousDomain || !input.newDomain) return undefined;
  const years = input.yearsOfExperience ? `${input.yearsOfExperience} ans` : 'plusieurs années';
  const skills = input.transferableSkills?.length
    ? `${frenchList(input.transferableSkills)} sont des compétences que j’y transpose directement`
    : 'j’y transpose directement mes compétences';
  return `Après ${years} dans ${input.previousDomain}, j’ai choisi de m’orienter vers ${input.newDomain} : ${skills}.`;
}

function meParagraph(input: LetterInput, evidence: readonly Evidence[], matched: readonly string[], missing: readonly string[]): string {
  const sentences = [careerChange(input)];
  const [first, second] = evidence;
  if (first) {
    const also = second ? `, mais aussi ${lowerFirst(withoutFinalPunctuation(second.sentence))}` : '';
    sentences.push(`Mon parcours en témoigne concrètement : ${lowerFirst(withoutFinalPunctuation(first.sentence))}${also}.`);
  }
  if (matched.length > 0) sentences.push(`Les compétences que vous recherchez, en particulier ${frenchList(matched)}, font partie de mon quotidien professionnel.`);
  if (missing.length > 0) sentences.push(`Je renforce par ailleurs ma maîtrise ${frenchList(missing.map(de))}, un point que je souhaite approfondir dès ma prise de poste.`);
  return sentences.filter(Boolean).join(' ');
}

interface PhrasedKeyword extends Keyword {
  phrase: string;
}

// Each keyword as the offer's noun phrase, dropping keywords already inside an earlier phrase
// ("clients" after "les portefeuilles de clients").
function distinctPhrases(offer: string, keywords: readonly Keyword[]): PhrasedKeyword[] {
  const kept: PhrasedKeyword[] = [];
  for (const keyword of keywords) {
    const phrase = nounPhrase(offer, keyword.stem, keyword.word);
    const phraseStems = stemsOf(phrase);
    if (kept.some((k) => phraseStems.has(k.stem) || stemsOf(k.phrase).has(keyword.stem))) continue;
    kept.push({ ...keyword, phrase });
  }
  return kept;
}

/**
 * A French cover letter built from the offer and the CV: the offer's keywords (TF-IDF against
 * the reference corpus) set the subject of each paragraph, written as the offer's own noun
 * phrases; the CV lines that best match them become the evidence; the tone picks greeting,
 * phrasing and closing formula. Same input, same letter; another offer or CV changes it.
 */
export function composeLetter(input: LetterInput, variant: string): string {
  const offerKeywords = distinctPhrases(input.offerText, extractKeywords(input.offerText, { limit: 14, exclude: stemsOf(input.company), skipProperNouns: true }));
  const phrase = (k: PhrasedKeyword) => k.phrase;
  const cvStems = stemSet(input.cvText);
  const matched = offerKeywords.filter((k) => cvStems.has(k.stem)).slice(0, 4);
  const missing = offerKeywords.filter((k) => !cvStems.has(k.stem)).slice(0, 2);
  const evidence = findEvidence(input.cvText, offerKeywords, 3);
  const leading = (matched.length >= 2 ? matched : offerKeywords).map(phrase);
  const ctx: LetterContext = { company: input.company, jobTitle: input.jobTitle, focus: [leading[0] ?? input.jobTitle, leading[1] ?? 'vos projets'] };
  const style = STYLES[input.tone];

  const lead = evidence.find((e) => e.quantified) ?? evidence[0];
  const achievementFirst = variant === 'achievement-first' && lead !== undefined;
  const hook = achievementFirst ? achievementHook(lead, ctx) : pick(style.hooks(ctx), `${input.offerText}|${input.cvText}`);
  const bodyEvidence = achievementFirst ? evidence.filter((e) => e !== lead) : evidence;

  return [
    `Objet : candidature au poste de ${input.jobTitle}`,
    style.greeting(input.company),
    hook,
    `Votre annonce met l’accent sur ${frenchList(offerKeywords.slice(0, 4).map(phrase))}. J’y lis le besoin d’une personne capable de prendre en main ces sujets rapidement et de les faire progresser au sein ${of(input.company)}.`,
    meParagraph(input, bodyEvidence, matched.map(phrase), missing.map(phrase)),
    `${style.us(ctx)} J’aimerais vous exposer ma motivation lors d’un entretien, à la date qui vous conviendra.`,
    style.closing,
    input.candidateName ?? '',
  ]
    .filter((part) => part.length > 0)
    .join('\n\n');
}
