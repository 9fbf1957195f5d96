/** Labels of the API's unit vocabulary (levels, lineage kinds) through the catalogue. */
import type { TFunction } from 'i18next';

const LEVELS = ['country', 'province', 'district', 'commune', 'village', 'agency'] as const;
const KINDS = ['merge', 'split', 'rename', 'recode', 'reclassify', 'create', 'abolish'] as const;

export function levelLabel(level: string, t: TFunction): string {
  return (LEVELS as readonly string[]).includes(level) ? t(`level.${level as (typeof LEVELS)[number]}`) : level;
}

export function lineageKindLabel(kind: string, t: TFunction): string {
  return (KINDS as readonly string[]).includes(kind) ? t(`lineage.kind.${kind as (typeof KINDS)[number]}`) : kind;
}
