import { normalizeForMatching } from './normalize.js';

/** The families of prompt-injection attempts the guardian recognises. */
export type InjectionFamily = 'instruction_override' | 'prompt_extraction' | 'role_play' | 'delimiter_injection' | 'jailbreak';

/** A recognised attempt: its family and the rule that matched; the matched text is not kept. */
export interface InjectionFinding {
  family: InjectionFamily;
  rule: string;
}

interface Rule {
  id: string;
  family: InjectionFamily;
  pattern: RegExp;
}

// Patterns run on normalizeForMatching() output: lower case, no accents. French rules target
// imperatives addressed to the assistant ("ignorez", "oublie"), not infinitives, so a letter
// saying "ne jamais ignorer les consignes de sécurité" stays clean.
const RULES: readonly Rule[] = [
  { id: 'override.en', family: 'instruction_override', pattern: /\b(ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}\b(instructions?|prompts?|rules|directives|guidelines)\b/ },
  { id: 'override.fr', family: 'instruction_override', pattern: /\b(ignore|ignorez|oublie|oubliez|neglige|negligez|outrepasse|outrepassez)\b(?! pas\b)[^.\n]{0,40}\b(instructions?|consignes?|regles|directives|prompts?)\b/ },
  { id: 'override.fr.abstraction', family: 'instruction_override', pattern: /\b(ne tiens pas compte|ne tenez pas compte|fais abstraction|faites abstraction)\b[^.\n]{0,30}\b(instructions?|consignes?|regles|directives)\b/ },
  { id: 'override.new_rules', family: 'instruction_override', pattern: /\b(new|nouvelles?) (instructions?|rules|consignes|regles) ?:/ },
  { id: 'extraction.en', family: 'prompt_extraction', pattern: /\b(reveal|show|print|display|repeat|output|tell me|give me|what (is|are|were))\b[^.\n]{0,40}\b(system prompt|initial prompt|hidden (prompt|instructions)|your (instructions|prompt|rules|guidelines)|(the )?(text|words) above)\b/ },
  { id: 'extraction.fr', family: 'prompt_extraction', pattern: /\b(montre|montrez|affiche|affichez|revele|revelez|repete|repetez|donne|donnez|recopie|recopiez|ecris|ecrivez|dis-moi|dites-moi|quelles? (est|sont))\b[^.\n]{0,40}\b(prompt( systeme)?|instructions? (initiales?|systeme|cachees?|secretes?)|tes (instructions|consignes|regles)|vos (instructions|consignes) (initiales|systeme)|(le )?texte (ci-dessus|au-dessus|precedent))\b/ },
  { id: 'extraction.system_prompt', family: 'prompt_extraction', pattern: /\b(system prompt|prompt systeme)\b/ },
  { id: 'roleplay.en', family: 'role_play', pattern: /\b(you are now|from now on,? you are|pretend (to be|you are|that you)|act as (if you were|an? (unfiltered|unrestricted|evil|uncensored))|roleplay as|imagine you are)\b/ },
  { id: 'roleplay.fr.now', family: 'role_play', pattern: /\b(tu es|vous etes) (maintenant|desormais|a present)\b/ },
  { id: 'roleplay.fr.from_now', family: 'role_play', pattern: /\ba partir de (maintenant|ce moment|a present),? (tu|vous) (es|etes|vas|allez|joues|jouez|incarnes|incarnez)\b/ },
  { id: 'roleplay.fr.pretend', family: 'role_play', pattern: /\b(fais|faites) (semblant|comme si) (d'etre|que tu|que vous|tu etais|vous etiez)/ },
  { id: 'roleplay.fr.play', family: 'role_play', pattern: /(?<!\b(je|j'|il|elle|on|nous) )\b(joue|jouez|incarne|incarnez) (le role|le personnage)\b/ },
  { id: 'delimiter.chatml', family: 'delimiter_injection', pattern: /<\|(im_start|im_end|system|user|assistant|endoftext)\|>/ },
  { id: 'delimiter.inst', family: 'delimiter_injection', pattern: /\[\/?inst\]|<<\/?sys>>/ },
  { id: 'delimiter.heading', family: 'delimiter_injection', pattern: /^ ?#{2,} ?(system|instructions?|assistant)\b/m },
  { id: 'delimiter.role_line', family: 'delimiter_injection', pattern: /^ ?(system|assistant|user) ?:/m },
  { id: 'delimiter.tags', family: 'delimiter_injection', pattern: /<\/?(system|assistant|user|instructions?)>/ },
  { id: 'delimiter.end_marker', family: 'delimiter_injection', pattern: /(-{3,}|={3,}|\*{3,}) ?(end|fin) (of |de |du )?(the |l'|la )?(user |utilisateur )?(input|prompt|message|donnees|instructions?|contexte)/ },
  { id: 'jailbreak.named', family: 'jailbreak', pattern: /\b(do anything now|dan mode|mode dan|jailbreak\w*|(developer|dev|god) mode|mode (developpeur|dieu))\b/ },
  { id: 'jailbreak.en.unrestricted', family: 'jailbreak', pattern: /\b(respond|answer|reply|talk|act|speak|write)\b[^.\n]{0,20}\b(without|with no) (any )?(restrictions?|filters?|censorship|limits|rules)\b/ },
  { id: 'jailbreak.en.ethics', family: 'jailbreak', pattern: /\b(no|without|ignore (all|your)?) ?(ethical|moral|safety) (guidelines|rules|restrictions|filters)\b/ },
  { id: 'jailbreak.fr.unrestricted', family: 'jailbreak', pattern: /\b(reponds|repondez|parle|parlez|agis|agissez|ecris|ecrivez)\b[^.\n]{0,20}\bsans (aucune? )?(restrictions?|filtres?|censure|limites?|regles)\b/ },
  { id: 'jailbreak.fr.disable', family: 'jailbreak', pattern: /\b(contourne|contournez|desactive|desactivez|supprime|supprimez|leve|levez)\b[^.\n]{0,20}\b(tes|vos|les|ses) (filtres|restrictions|regles|garde-fous|limites|protections)\b/ },
  { id: 'jailbreak.fr.no_rules', family: 'jailbreak', pattern: /\b(tu n'as|vous n'avez) (plus )?(aucune|pas de) (regles?|limites?|restrictions?|filtres?)\b/ },
  { id: 'jailbreak.fr.unbridled', family: 'jailbreak', pattern: /\b(ia|assistant|modele|version) (debride|debridee|sans censure)\b/ },
];

/** The rules' ids and families, without their patterns (for the AI transparency statement). */
export const INJECTION_RULES: readonly InjectionFinding[] = RULES.map(({ id, family }) => ({ family, rule: id }));

/** Every injection rule that matches, at most one finding per rule. */
export function detectInjection(text: string): InjectionFinding[] {
  const normalized = normalizeForMatching(text);
  return RULES.filter((rule) => rule.pattern.test(normalized)).map((rule) => ({ family: rule.family, rule: rule.id }));
}
