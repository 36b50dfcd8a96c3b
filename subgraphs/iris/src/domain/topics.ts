import type { IrisTopic } from '@phoenix/ai';

/** The topics of DOMAIN.md, in the order the client shows them. */
export const TOPIC_IDS = ['reconversion', 'cv', 'lettre_motivation', 'entretien', 'strategie_carriere'] as const satisfies readonly IrisTopic[];

/** The GraphQL spelling of a topic (`IrisTopicKey`): the id in capitals. */
export type TopicKey = Uppercase<IrisTopic>;

export interface TopicDefinition {
  id: IrisTopic;
  key: TopicKey;
  label: string;
  description: string;
}

export const TOPICS: readonly TopicDefinition[] = Object.freeze([
  { id: 'reconversion', key: 'RECONVERSION', label: 'Reconversion', description: 'Changer de métier : par où commencer, quelles pistes explorer, comment financer une formation.' },
  { id: 'cv', key: 'CV', label: 'CV', description: 'Présenter un parcours de reconversion dans un CV et mettre en avant les compétences transférables.' },
  { id: 'lettre_motivation', key: 'LETTRE_MOTIVATION', label: 'Lettre de motivation', description: 'Construire une lettre qui explique le changement de cap et répond à l’offre.' },
  { id: 'entretien', key: 'ENTRETIEN', label: 'Entretien', description: 'Se préparer aux questions d’un recruteur, raconter sa reconversion avec assurance.' },
  { id: 'strategie_carriere', key: 'STRATEGIE_CARRIERE', label: 'Stratégie de carrière', description: 'Fixer un cap, des étapes réalistes et s’appuyer sur son réseau.' },
]);

/** The topic of a GraphQL key. */
export function topicOfKey(key: TopicKey): TopicDefinition {
  const topic = TOPICS.find((t) => t.key === key);
  if (!topic) throw new Error(`Unknown Iris topic key ${key}`);
  return topic;
}

/** The topic of a stored id. */
export function topicOfId(id: IrisTopic): TopicDefinition {
  const topic = TOPICS.find((t) => t.id === id);
  if (!topic) throw new Error(`Unknown Iris topic ${id}`);
  return topic;
}
