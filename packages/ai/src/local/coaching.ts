import type { CoachingGoal, CoachingInput } from '../tasks.js';
import { stemSet } from '../text/french.js';
import { extractKeywords } from '../text/keywords.js';
import { frenchList } from '../text/sentences.js';
import { pick, quote } from './phrasing.js';

interface Theme {
  stems: readonly string[];
  actions: readonly [string, ...string[]];
}

// Small daily actions (kaizen) by theme; a theme is picked when a stem of the notes or goals
// starts with one of its prefixes (Porter stems of the words a person would write).
const THEMES: readonly Theme[] = [
  {
    stems: ['cv', 'curriculum', 'parcour'],
    actions: [
      'relire la première ligne de votre CV et la réécrire avec l’intitulé du métier visé',
      'ajouter un chiffre à une réalisation de votre CV : un délai, un budget, une équipe',
    ],
  },
  {
    stems: ['lettr', 'candidatur', 'postul', 'offre'],
    actions: [
      'choisir une seule offre et surligner ses trois mots-clés principaux',
      'écrire l’accroche d’une lettre en deux phrases, sans chercher la perfection',
    ],
  },
  {
    stems: ['réseau', 'contact', 'linkedin', 'recommand', 'ancien'],
    actions: [
      'envoyer un message à une ancienne ou un ancien collègue pour prendre des nouvelles',
      'demander à une personne du métier visé quinze minutes d’échange',
    ],
  },
  {
    stems: ['format', 'cpf', 'cour', 'diplôm', 'certif', 'apprendr'],
    actions: [
      'consulter vos droits sur Mon Compte Formation et noter le montant disponible',
      'comparer deux formations sur leur certification et leur taux d’insertion',
    ],
  },
  {
    stems: ['entretien', 'recruteur', 'oral'],
    actions: [
      'préparer un exemple STAR sur une situation dont vous êtes fier ou fière',
      'répéter à voix haute votre présentation de deux minutes',
    ],
  },
  {
    stems: ['stress', 'fatigu', 'sommeil', 'angoiss', 'anxiet', 'peur', 'épuis', 'découragé', 'décourag'],
    actions: [
      'faire trois minutes de respiration lente avant de commencer votre journée',
      'noter une chose accomplie hier, même petite',
    ],
  },
];

const DEFAULT_ACTIONS: readonly [string, ...string[]] = [
  'noter en une phrase ce qui vous rapprocherait de votre objectif cette semaine',
  'bloquer vingt minutes dans votre agenda pour votre projet, comme un rendez-vous',
];

function moodLine(mood: number): string {
  if (mood <= 3) return `Vous notez votre humeur à ${mood}/10 aujourd’hui : c’est une journée difficile, et le reconnaître est déjà un pas.`;
  if (mood <= 6) return `Humeur à ${mood}/10 : une journée en demi-teinte, qui mérite qu’on y aille doucement.`;
  return `Humeur à ${mood}/10 : il y a de l’énergie aujourd’hui, c’est le bon moment pour avancer.`;
}

function confidenceLine(confidence: number, change: number | undefined): string {
  const trend = change === undefined || change === 0 ? '' : change > 0 ? `, en hausse de ${change} points sur un mois` : `, en baisse de ${Math.abs(change)} points sur un mois`;
  const reading = confidence <= 4 ? 'Le doute fait partie de toute reconversion.' : 'C’est une base solide sur laquelle s’appuyer.';
  return `Votre confiance est à ${confidence}/10${trend}. ${reading}`;
}

function daysUntil(targetDate: string, today: string): number | undefined {
  const target = Date.parse(targetDate);
  const now = Date.parse(today);
  if (Number.isNaN(target) || Number.isNaN(now)) return undefined;
  return Math.round((target - now) / 86_400_000);
}

function goalLine(goals: readonly CoachingGoal[], today: string | undefined): string | undefined {
  const dated = today ? goals.filter((g) => g.targetDate).map((g) => ({ goal: g, days: daysUntil(g.targetDate ?? '', today) })) : [];
  const next = dated.filter((d) => d.days !== undefined && d.days >= 0).sort((a, b) => (a.days ?? 0) - (b.days ?? 0))[0];
  const goal = next?.goal ?? goals[0];
  if (!goal) return undefined;
  const progress = goal.progress !== undefined ? ` Vous en êtes à ${Math.round(goal.progress * 100)} %.` : '';
  const when = next?.days !== undefined ? (next.days === 0 ? ' arrive à échéance aujourd’hui.' : ` arrive à échéance dans ${next.days} jour${next.days > 1 ? 's' : ''}.`) : ' reste votre cap.';
  return `Votre objectif ${quote(goal.title)}${when}${progress}`;
}

function needsHumanHelp(input: CoachingInput): boolean {
  return input.trend?.burnoutRisk === 'high' || (input.mood !== undefined && input.mood <= 2);
}

/**
 * A coaching message from the person's own data: mood and confidence read back with their
 * trend, the themes of their notes (keywords), the nearest goal and its deadline, one small
 * action matched to those themes, and the human-help disclaimer when the signals call for it.
 * No medical advice. Same input, same message.
 */
export function composeCoaching(input: CoachingInput, variant: string): string {
  const notes = input.notes ?? '';
  const goals = input.goals ?? [];
  const seed = `${notes}|${goals.map((g) => g.title).join('|')}|${input.mood ?? ''}`;
  const noteKeywords = extractKeywords(notes, { limit: 3 }).map((k) => k.word);
  const stems = stemSet(`${notes} ${goals.map((g) => g.title).join(' ')}`);
  const theme = THEMES.find((t) => t.stems.some((prefix) => [...stems].some((own) => own.startsWith(prefix))));
  const action = `Une seule action pour aujourd’hui : ${pick(theme?.actions ?? DEFAULT_ACTIONS, seed)}.`;
  const question = noteKeywords.length > 0
    ? `Dans vos notes, vous évoquez ${frenchList(noteKeywords.map(quote))}. Qu’est-ce qui, là-dedans, vous semble le plus à votre portée cette semaine ?`
    : 'Qu’est-ce qui vous ferait dire, ce soir, que la journée a compté pour votre projet ?';

  const reading = [
    input.mood !== undefined ? moodLine(input.mood) : undefined,
    input.confidence !== undefined ? confidenceLine(input.confidence, input.trend?.confidenceChange30d) : undefined,
    goalLine(goals, input.today),
    input.targetOccupation ? `Chaque pas compte vers le métier de ${input.targetOccupation}.` : undefined,
  ];
  const steps = variant === 'action-first' ? [action, question] : [question, action];
  const breathing = input.mood !== undefined && input.mood <= 4
    ? 'Si la tension monte, essayez la respiration lente : inspirez cinq secondes, expirez cinq secondes, pendant trois minutes.'
    : undefined;
  const help = needsHumanHelp(input)
    ? 'Je ne suis pas un professionnel de santé. Si cette fatigue dure ou vous pèse, parlez-en à votre médecin traitant ou au service de santé au travail ; en cas de détresse, le 3114 répond jour et nuit, gratuitement.'
    : undefined;

  return [input.firstName ? `Bonjour ${input.firstName},` : 'Bonjour,', ...reading, ...steps, breathing, help]
    .filter((part): part is string => Boolean(part))
    .join('\n\n');
}
