import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ESCO_DIRECT = 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000001';
const ESCO_ISCO_ONLY = 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000002';

const METADATA = [
  'Mapping project name,ESCO - ROME',
  'Mapping project author,Pôle emploi - France',
  'Mapping project version,V1.4',
  'Mapping project version date,07/06/2022',
  'Classification 1 Name,ESCO',
  'Classification 1 Concept type,occupation',
  'Classification 1 Version,1.0.9',
  'Classification 1 Language,fr',
  'Classification 1 Landing page,https://esco.ec.europa.eu/fr/classification/occupation_main',
  'Classification 2 Name,ROME ',
  'Classification 2 Concept type,occupation',
  'Classification 2 Version,V3.0',
  'Classification 2 Language,fr',
  'Classification 2 Landing page,https://www.pole-emploi.fr/',
  '',
];

/**
 * A miniature set of the official files, in their exact formats: four fiches that get a
 * direct ESCO figure, an ISCO fallback, their parent's figure, and none.
 */
export const MINI_FILES: Readonly<Record<string, string>> = {
  'unix_referentiel_code_rome_v460_utf8.csv': [
    '"code_rome","code_fiche_metier","code_ogr","libelle_rome","transition_eco","transition_num","transition_demo","emploi_reglemente","emploi_cadre","code_rome_parent"',
    '"J1501","1","1","Aide-soignant / Aide-soignante","Emploi Blanc","N","N","O","N","J1501"',
    '"M1606","2","2","Opérateur / Opératrice de saisie","Emploi Blanc","O","N","N","N","M1606"',
    '"J1599","3","3","Aide-soignant / Aide-soignante en gériatrie","","","","","","J1501"',
    '"K1799","4","4","Combattant / Combattante","","","","","","K1799"',
  ].join('\n'),
  'unix_referentiel_appellation_v460_utf8.csv': [
    '"code_ogr","libelle_appellation_long","libelle_appellation_court","code_rome","transition_eco","transition_num","transition_demo","emploi_reglemente","emploi_cadre","classification","origine","code_rome_parent","peu_usite"',
    '"10","Aide-soignant / Aide-soignante","Aide-soignant(e)","J1501","","","","","","PRINCIPALE","","J1501","N"',
    '"11","Opérateur / Opératrice de saisie","Opérateur(trice) de saisie","M1606","","","","","","PRINCIPALE","","M1606","N"',
    '"12","Aide-soignant / Aide-soignante en EHPAD","Aide-soignant(e) en EHPAD","J1599","","","","","","SYNONYME","","J1501","N"',
    '"13","Combattant / Combattante","Combattant(e)","K1799","","","","","","PRINCIPALE","","K1799","N"',
  ].join('\n'),
  'unix_item_v460_utf8.csv': [
    '"code_ogr","libelle","code_rubrique"',
    '"100","Réaliser les soins d\'hygiène et de confort de la personne","1"',
    '"101","Saisir des données","1"',
    '"102","Gestes d\'urgence\net de secours","3"',
    '"103","En extérieur",""',
  ].join('\n'),
  'unix_coherence_item_v460_utf8.csv': [
    '"code_rome","code_ogr","coeur_metier"',
    '"J1501","100","Principale"',
    '"J1501","102",""',
    '"M1606","101","Principale"',
    '"J1599","100",""',
    '"K1799","103",""',
  ].join('\n'),
  'unix_rubrique_mobilite_v460_utf8.csv': ['"code_rome","code_rome_cible","numero_ordre"', '"J1501","J1599","1"', '"M1606","J1501","1"'].join('\n'),
  'FR_20230607_mapping_esco_rome.csv': [
    ...METADATA,
    'classification 1 ID,classification 1 prefered label,classification 2 ID,classification 2 prefered label,mapping relation',
    `${ESCO_DIRECT},aide-soignant/aide-soignante,10,Aide-soignant / Aide-soignante,skos:exactMatch`,
    `${ESCO_ISCO_ONLY},opérateur de saisie/opératrice de saisie,11,Opérateur / Opératrice de saisie,skos:closeMatch`,
  ].join('\n'),
  'esco_occupations_fr.csv': [
    'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description',
    `Occupation,${ESCO_DIRECT},5321,aide-soignant/aide-soignante,"aide-soignante\naide-soignant",`,
    `Occupation,${ESCO_ISCO_ONLY},4132,opérateur de saisie/opératrice de saisie,,`,
  ].join('\n'),
  'mcc_risk_All_occupations.csv': [
    'id,occupation,isco_code,risk,prevalence,risk_category,risk_nonphysical,prevalence_nonphysical,onet_code,onet_occupation,concept_uri,skills_based_sector_code,skills_based_sector,sub_sector_code,sub_sector',
    `1,healthcare assistant,5321,3.1,0.7,Low risk,3.2,0.1,31-1014.00,nursing assistants,${ESCO_DIRECT},3,care,3.1,care`,
    '2,other occupation,9999,3.6,0.3,Other,3.6,0.1,43-9021.00,data entry keyers,http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000009,2,admin,2.1,admin',
  ].join('\n'),
  'mcc_risk_ISCO_4digit.csv': ['isco_code,isco_unit_group,risk,prevalence,risk_category', '4132,Data entry clerks,3.7,0.2,High risk'].join('\n'),
  'frey_osborne_automation_risk_index_clean.csv': ['Rank,Probability,Label,SOC code,Occupation', '1,0.47,,31-1014,Nursing aides'].join('\n'),
};

/** Writes the miniature files, with `changes` replacing whole files, into a fresh directory. */
export function writeMiniFiles(changes: Record<string, string | null> = {}): string {
  const directory = mkdtempSync(join(tmpdir(), 'phoenix-aube-import-'));
  for (const [name, text] of Object.entries({ ...MINI_FILES, ...changes })) {
    if (text !== null) writeFileSync(join(directory, name), text);
  }
  return directory;
}

/** One file of the miniature set with line `line` (1-based) replaced. */
export function withLine(name: string, line: number, replacement: string): Record<string, string> {
  const lines = (MINI_FILES[name] ?? '').split('\n');
  lines[line - 1] = replacement;
  return { [name]: lines.join('\n') };
}
