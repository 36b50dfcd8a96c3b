import { normalizeForMatching } from './normalize.js';

/** Special categories of personal data (GDPR art. 9) and criminal records (art. 10). */
export type SpecialCategory =
  | 'health'
  | 'religion'
  | 'political_opinion'
  | 'trade_union'
  | 'sexual_orientation'
  | 'ethnic_origin'
  | 'genetic_biometric'
  | 'criminal_record';

// Terms that disclose something about the person writing, not the topics a job touches:
// "mon handicap" is flagged, "accompagnement de personnes handicapées" is not.
const TERMS: readonly { category: SpecialCategory; pattern: RegExp }[] = [
  {
    category: 'health',
    pattern:
      /\b(rqth|travailleu(r|se) handicapee?|(mon|ma|mes) (handicap|maladie|pathologie|traitement medical|sante|diagnostic)|arret maladie|conge maladie|arret de travail|depression|burn-?out|epuisement professionnel|enceinte|grossesse|cancer|diabete|sclerose en plaques|chimiotherapie|hospitalise(e)?|seropositi(f|ve)|vih|bipolaire|my (illness|disability|diagnosis)|pregnant)\b/,
  },
  { category: 'religion', pattern: /\b(musulman(e|s)?|chretien(ne|s)?|catholique|protestant(e|s)?|juif|juive|bouddhiste|hindou(e)?|athee|ma religion|ma foi|pratiquant(e)?|ramadan|voile islamique|kippa|muslim|christian|jewish)\b/ },
  { category: 'political_opinion', pattern: /\b(parti politique|militant(e)? (politique|au parti|au sein du parti)|mes opinions politiques|j'ai vote|political (party|opinions?))\b/ },
  { category: 'trade_union', pattern: /\b(syndique(e)?|syndicaliste|delegue(e)? syndical(e)?|mandat syndical|section syndicale|cgt|cfdt|cfe-cgc|trade union)\b/ },
  { category: 'sexual_orientation', pattern: /\b(homosexuel(le)?|heterosexuel(le)?|bisexuel(le)?|gay|lesbienne|transgenre|orientation sexuelle|sexual orientation)\b/ },
  { category: 'ethnic_origin', pattern: /\b(origines? ethniques?|couleur de peau|discrimination raciale|ethnic origin|racial origin)\b/ },
  { category: 'genetic_biometric', pattern: /\b(mes donnees genetiques|mon adn|test genetique|empreintes digitales|donnees biometriques|biometric data)\b/ },
  { category: 'criminal_record', pattern: /\b(casier judiciaire|condamnation penale|condamne(e)? (a|pour)|incarcere(e)?|en prison|garde a vue|criminal record|convicted)\b/ },
];

/** Every category the guardian recognises, in detection order. */
export const SPECIAL_CATEGORIES: readonly SpecialCategory[] = TERMS.map((term) => term.category);

/** The special categories of personal data a text discloses, each listed once, in a fixed order. */
export function detectSpecialCategories(text: string): SpecialCategory[] {
  const normalized = normalizeForMatching(text);
  return TERMS.filter((term) => term.pattern.test(normalized)).map((term) => term.category);
}
