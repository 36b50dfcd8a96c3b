import type { AssistantInput, IrisTopic, OccupationContext } from '../tasks.js';
import { referenceCorpus, type Passage } from '../text/corpus.js';
import { stemSet } from '../text/french.js';
import { cosineSimilarity, extractKeywords, termWeights } from '../text/keywords.js';
import { frenchList, splitSentences } from '../text/sentences.js';
import { pick, quote } from './phrasing.js';

// Which corpus sections answer which topic; offers and CV extracts are reference text only.
const SECTIONS: Readonly<Record<IrisTopic, readonly string[]>> = {
  reconversion: ['reconversion', 'strategie_carriere', 'metiers'],
  cv: ['cv', 'lettre_motivation'],
  lettre_motivation: ['lettre_motivation', 'cv'],
  entretien: ['entretien'],
  strategie_carriere: ['strategie_carriere', 'reconversion', 'metiers'],
};

const FOLLOW_UPS: Readonly<Record<IrisTopic, readonly [string, ...string[]]>> = {
  reconversion: ['Quel métier aimeriez-vous tester en premier sur le terrain ?', 'Quelle partie de votre métier actuel aimeriez-vous emporter dans le prochain ?'],
  cv: ['Voulez-vous que nous reprenions ensemble la ligne de votre CV qui vous semble la plus faible ?', 'Quel est le métier exact que votre CV doit annoncer ?'],
  lettre_motivation: ['Pour quelle offre voulez-vous écrire cette lettre ?', 'Quelle réalisation aimeriez-vous mettre en avant dans l’accroche ?'],
  entretien: ['Quelle question d’entretien redoutez-vous le plus ?', 'Voulez-vous préparer ensemble un exemple selon la méthode STAR ?'],
  strategie_carriere: ['Quel serait pour vous un premier pas réaliste d’ici un mois ?', 'Qui, dans votre réseau, pourrait vous éclairer sur cette piste ?'],
};

interface Retrieved {
  passage: Passage;
  sentences: string[];
}

/** The corpus passages that best answer `message` for `topic`, with their most relevant sentences. */
function retrieve(message: string, topic: IrisTopic, exclude: ReadonlySet<string>, count: number): Retrieved[] {
  const query = termWeights(message);
  const queryStems = new Set(query.keys());
  return referenceCorpus()
    .passages.filter((p) => SECTIONS[topic].includes(p.topic) && !exclude.has(p.id))
    // The title says what a passage is about; matching it counts on top of the body.
    .map((passage) => ({
      passage,
      score: cosineSimilarity(query, termWeights(`${passage.title} ${passage.text}`)) + 0.5 * cosineSimilarity(query, termWeights(passage.title)),
    }))
    .sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id))
    .slice(0, count)
    .map(({ passage }) => {
      const ranked = splitSentences(passage.text)
        .map((sentence, index) => ({ sentence, index, overlap: [...stemSet(sentence)].filter((s) => queryStems.has(s)).length }))
        .sort((a, b) => b.overlap - a.overlap || a.index - b.index)
        .slice(0, 2)
        .sort((a, b) => a.index - b.index);
      return { passage, sentences: ranked.map((r) => r.sentence) };
    });
}

function occupationLine(occupation: OccupationContext): string {
  if (occupation.resilienceScore === undefined) return `Votre métier actuel, ${occupation.title} (${occupation.code}), est le point de départ de cette réflexion.`;
  const score = occupation.resilienceScore;
  const reading = score > 60 ? 'il résiste plutôt bien à l’automatisation' : score > 40 ? 'une partie de ses tâches va évoluer' : 'beaucoup de ses tâches sont exposées à l’automatisation';
  return `Votre métier actuel, ${occupation.title} (${occupation.code}), obtient ${score}/100 en résilience : ${reading}.`;
}

/** Passages already used in earlier assistant turns, so a conversation does not repeat itself. */
function alreadyUsed(input: AssistantInput): Set<string> {
  const said = (input.history ?? []).filter((t) => t.role === 'assistant').map((t) => t.text).join('\n');
  return new Set(referenceCorpus().passages.filter((p) => said.includes(p.title)).map((p) => p.id));
}

/**
 * An Iris reply grounded in the question and the user's context: the question's keywords are
 * named back, the reference corpus passages closest to it (TF-IDF cosine, within the topic)
 * supply the advice, the Aube occupation and targets personalise it, and a follow-up question
 * keeps the conversation going. Same conversation, same reply.
 */
export function composeAssistantReply(input: AssistantInput, variant: string): string {
  const keywords = extractKeywords(input.message, { limit: 3, skipProperNouns: true }).map((k) => k.word);
  const retrieved = retrieve(input.message, input.topic, alreadyUsed(input), variant === 'concise' ? 1 : 2);
  const context = input.context;
  const greeting = context?.firstName ? `Bonjour ${context.firstName},` : undefined;
  const opening = keywords.length > 0 ? `Votre question porte sur ${frenchList(keywords.map(quote))}. Voici ce qui peut vous aider.` : 'Voici quelques repères pour avancer.';

  const advice = variant === 'concise'
    ? retrieved.map((r) => `${r.passage.title} : ${r.sentences.join(' ')}`)
    : retrieved.map((r, i) => `${i + 1}. ${r.passage.title}. ${r.sentences.join(' ')}`);

  const personal = [
    context?.occupation ? occupationLine(context.occupation) : undefined,
    context?.targetOccupations?.length ? `Parmi les pistes que vous explorez : ${frenchList(context.targetOccupations)}.` : undefined,
    context?.skills?.length ? `Vos atouts à mettre en avant : ${frenchList(context.skills.slice(0, 4))}.` : undefined,
    context?.lettersWritten ? `Vous avez déjà rédigé ${context.lettersWritten} lettre${context.lettersWritten > 1 ? 's' : ''} avec Phoenix : appuyez-vous dessus.` : undefined,
  ].filter(Boolean).join(' ');

  return [greeting, opening, ...advice, personal, pick(FOLLOW_UPS[input.topic], input.message)].filter((part): part is string => Boolean(part)).join('\n\n');
}
