/**
 * The cues Mirror Match looks for in a job offer, per dimension and value. Patterns run on
 * folded text (lower case, no accents, straight apostrophes; see `fold`), so they are written
 * without accents. Each cue is a phrase employers actually write, not a single common word.
 */
export const CULTURE_CUES = {
  communication: {
    FORMAL: [
      /\bnous vous prions\b/g,
      /\bveuillez\b/g,
      /\bconformement (aux|a la|au)\b/g,
      /\bmadame, monsieur\b/g,
      /\bsous la responsabilite d/g,
      /\bau sein de la direction\b/g,
      /\bvous (assurez|etes|serez|pilotez|encadrez|participez|veillez|redigez|formez)\b/g,
    ],
    CASUAL: [
      /(?<![\p{L}'])(tu|toi)(?![\p{L}'])/gu,
      /(?<![\p{L}'])(ton|ta|tes) (role|equipe|job|poste|mission|quotidien|profil)\b/gu,
      /\brejoins[- ]nous\b/g,
      /(?<![\p{L}'])on (aide|cherche|passe|recrute|est|fait|a|se|vous)(?![\p{L}'])/gu,
      /\bchez nous\b/g,
      /\b(team|afterworks?|babyfoot|ambiance)\b/g,
      /\p{Extended_Pictographic}/gu,
      /!\s*$/gm,
    ],
  },
  environment: {
    STRUCTURED: [
      /\bprocedures?\b/g,
      /\bconformite\b/g,
      /\b(reglementation|reglementaires?|obligations reglementaires)\b/g,
      /\bcontroles? (permanents?|internes?|qualite)\b/g,
      /\b(normes?|audits?|reporting)\b/g,
      /\brigueur\b/g,
    ],
    COLLABORATIVE: [
      /\b(en |d')equipe\b/g,
      /\bcollabor\p{L}*/gu,
      /\btransverse\b/g,
      /\bentraide\b/g,
      /\btravail collectif\b/g,
      /\bavec (les|nos) equipes\b/g,
    ],
    FAST_PACED: [
      /\bhyper-?croissance\b/g,
      /\bforte croissance\b/g,
      /\blevee de fonds\b/g,
      /\bscale-?up\b/g,
      /\bstart-?up\b/g,
      /\bagile\b/g,
      /\bchaque semaine\b/g,
      /\bapprendre vite\b/g,
      /\ben pleine expansion\b/g,
      /\bon passe de\b/g,
    ],
    MISSION_DRIVEN: [
      /\bassociation\b/g,
      /\bsolidaires?\b/g,
      /\binclusion\b/g,
      /\bbenevoles?\b/g,
      /\beconomie sociale\b/g,
      /\beducation populaire\b/g,
      /\blien social\b/g,
      /\binteret general\b/g,
      /\bimpact (social|environnemental)\b/g,
      /\bsens de l'engagement\b/g,
    ],
  },
  leadership: {
    HIERARCHICAL: [
      /\brattache (au|a la|a l')/g,
      /\bsous la responsabilite d/g,
      /\bau sein de la direction\b/g,
      /\bn\+1\b/g,
      /\bhierarchique\b/g,
      /\b(directeur|directrice) (logistique|general|financier|commercial|des operations)/g,
    ],
    PARTICIPATIVE: [
      /\bgouvernance partagee\b/g,
      /\bdecisions collectives\b/g,
      /\bco-?constru\p{L}*/gu,
      /\bparticipatif\p{L}*/gu,
      /\bconcertation\b/g,
      /\bvie associative\b/g,
      /\bconstrui?s avec nous\b/g,
    ],
    FLAT: [
      /\bpas de hierarchie\b/g,
      /\bautonomie\b/g,
      /\bownership\b/g,
      /\bdes le premier jour\b/g,
      /\borganisation (plate|horizontale)\b/g,
      /\bfeedback direct\b/g,
    ],
  },
  innovation: {
    HIGH: [
      /\binnov\p{L}*/gu,
      /\bnouvelles idees\b/g,
      /\b(tester|testes|testons|experimenter|experimentation)\b/g,
      /\bintelligence artificielle\b/g,
      /(?<!\p{L})ia(?!\p{L})/gu,
      /\blevee de fonds\b/g,
      /\bstart-?up\b/g,
      /\bequipe produit\b/g,
      /\bdepuis (leur|son|votre) telephone\b/g,
    ],
    LOW: [
      /\b(fonde|fondee|creee?) en 1[6-9]\d\d\b/g,
      /\bdepuis 1[6-9]\d\d\b/g,
      /\btradition\p{L}*/gu,
      /\bhistorique\b/g,
      /\bstabilite\b/g,
      /\bperenn\p{L}*/gu,
    ],
  },
} as const;

/** Offer words that call for a creative letter. */
export const CREATIVE_CUES: readonly RegExp[] = [/\bcreati\p{L}*/gu, /\bdesign\p{L}*/gu, /\bgraphi\p{L}*/gu, /\bstorytelling\b/g, /\bcontenus?\b/g];
