import { foldForMatching } from './text.js';

export type MedicalFinding = 'diagnosis' | 'medication' | 'treatment_advice';

// Matched on folded text (accents removed, lower case). Referring someone to a doctor is
// welcome ("parlez-en à votre médecin"); naming their condition or their treatment is not.
const CONDITIONS =
  '(depression|burn-?out|epuisement professionnel|trouble|syndrome(?! de l\'imposteur)|episode depressif|anxiete generalisee|stress post-traumatique|bipolarite|maladie|pathologie|phobie|tdah|crise d\'angoisse|attaques? de panique)';
const HEDGES = '((probablement|sans doute|certainement|peut-etre|visiblement|clairement|manifestement|surement) )?';

const PATTERNS: readonly { finding: MedicalFinding; pattern: RegExp }[] = [
  { finding: 'diagnosis', pattern: new RegExp(`\\bvous (souffrez|faites|traversez|presentez|avez|developpez|vivez) ${HEDGES}(d'une?|de la|du|des|d'un|une?|la|le) ${CONDITIONS}`) },
  { finding: 'diagnosis', pattern: new RegExp(`\\bvous (etes|semblez|paraissez|avez l'air) ${HEDGES}(en (depression|burn-?out)|depressi(f|ve)|bipolaire|borderline|schizophrene|hyperacti(f|ve)|autiste|malade)`) },
  { finding: 'diagnosis', pattern: new RegExp(`\\b(signes?|symptomes?) ${HEDGES}(clairs? |evidents? |typiques? )?(d'une?|de la|du|de|d') ?${CONDITIONS}`) },
  { finding: 'diagnosis', pattern: new RegExp(`\\b(c'est|il s'agit) ${HEDGES}(d'une?|une?|d'un) ${CONDITIONS}`) },
  { finding: 'diagnosis', pattern: /\b(je (vous )?diagnostique|mon diagnostic|je pose (un|le) diagnostic|diagnostic (est|serait|:))/ },
  { finding: 'diagnosis', pattern: /\byou (have|suffer from|are showing signs of|are suffering from) (clinical )?(depression|burnout|an? (anxiety|mental|mood) disorder)|\bi diagnose\b/ },
  {
    finding: 'medication',
    pattern:
      /\b(antidepresseurs?|anxiolytiques?|somniferes?|benzodiazepines?|neuroleptiques?|antipsychotiques?|hypnotiques?|lithium|xanax|lexomil|temesta|valium|prozac|zoloft|deroxat|seroplex|effexor|stilnox|imovane|paracetamol|doliprane|ibuprofene|melatonine|millepertuis|antidepressants?|sleeping pills?)\b/,
  },
  { finding: 'medication', pattern: /\b\d+([.,]\d+)? ?(mg|milligrammes?|gouttes|comprimes?|gelules?)\b/ },
  {
    finding: 'treatment_advice',
    pattern:
      /\b(prenez|prends|prendre|augmentez|diminuez|reduisez|arretez|arreter|cessez|doublez|commencez|essayez) (votre |vos |un |une |des |du |de la |le |la |les |de |d')?(traitement|medicaments?|medication|dose|posologie|comprimes?|pilules?|gelules?|therapie medicamenteuse|complements? alimentaires?)\b/,
  },
  { finding: 'treatment_advice', pattern: /\b(posologie|je vous prescris|sur ordonnance|(take|stop taking|increase|decrease) (your )?(medication|dose|pills?))\b/ },
];

/** What the guard found in a reply, and the reply it lets through. */
export interface GuardedReply {
  text: string;
  /** Sentences removed. */
  removed: number;
  /** True when the whole reply was replaced by {@link SAFE_REPLY}. */
  blocked: boolean;
  findings: MedicalFinding[];
}

/** Said where sentences were removed. */
export const NO_MEDICAL_ADVICE =
  'Je ne peux donner ni avis médical ni diagnostic : pour toute question de santé, votre médecin traitant est la bonne personne.';

/** The whole reply when too much of the model's answer had to go. */
export const SAFE_REPLY = [
  'Merci d’avoir pris ce moment pour faire le point.',
  'Je suis un coach de reconversion : je ne peux donner ni avis médical ni diagnostic, et pour toute question de santé, votre médecin traitant est la bonne personne.',
  'Pour aujourd’hui, je vous propose une seule petite action : noter en une phrase ce qui vous rapprocherait de votre objectif cette semaine.',
].join('\n\n');

/** The medical findings of one sentence, each listed once. */
export function medicalFindings(sentence: string): MedicalFinding[] {
  const folded = foldForMatching(sentence);
  return [...new Set(PATTERNS.filter((p) => p.pattern.test(folded)).map((p) => p.finding))];
}

function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?…])\s+/u).filter((s) => s.trim().length > 0);
}

/**
 * The coach's reply without diagnosis or medical advice: each sentence that names the
 * person's condition, a medication or a dosage, or tells them what to do with a treatment, is
 * removed and a one-line reminder added. When half the sentences or more had to go, or fewer
 * than two remain, the whole reply is replaced by {@link SAFE_REPLY}.
 */
export function guardCoachReply(reply: string): GuardedReply {
  const paragraphs = reply.split(/\n{2,}/).map((paragraph) => paragraph.split('\n').map(sentencesOf));
  let total = 0;
  let removed = 0;
  const findings = new Set<MedicalFinding>();
  const kept = paragraphs
    .map((lines) =>
      lines
        .map((sentences) =>
          sentences
            .filter((sentence) => {
              total += 1;
              const found = medicalFindings(sentence);
              found.forEach((f) => findings.add(f));
              if (found.length > 0) removed += 1;
              return found.length === 0;
            })
            .join(' '),
        )
        .filter((line) => line.trim().length > 0)
        .join('\n'),
    )
    .filter((paragraph) => paragraph.length > 0);
  if (removed === 0) return { text: reply, removed: 0, blocked: false, findings: [] };
  const left = total - removed;
  if (removed * 2 >= total || left < 2) return { text: SAFE_REPLY, removed, blocked: true, findings: [...findings] };
  return { text: [...kept, NO_MEDICAL_ADVICE].join('\n\n'), removed, blocked: false, findings: [...findings] };
}
