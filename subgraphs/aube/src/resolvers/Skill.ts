import type { SkillKind, SkillResolvers } from '../__generated__/resolvers-types.js';

const KINDS: Readonly<Record<string, SkillKind>> = { savoir_faire: 'SAVOIR_FAIRE', savoir: 'SAVOIR', savoir_etre: 'SAVOIR_ETRE' };

export const Skill: SkillResolvers = {
  code: (item) => String(item.ogr),
  kind: (item) => KINDS[item.kind] ?? 'SAVOIR_FAIRE',
  core: (item) => item.core === 'principale',
  emerging: (item) => item.core === 'emergente',
};
