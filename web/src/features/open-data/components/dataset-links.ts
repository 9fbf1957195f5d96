/** Where a catalogue dataset is read in the portal: its identifier (`indicator:CODE`, `plan:CODE`, `ranking:FW:EDITION:PERIOD`) → a /du-lieu-mo page. */
import type { CatalogDataset } from '../api/open-data';

export function datasetPage(dataset: Pick<CatalogDataset, 'identifier'>): string | null {
  const [kind, ...rest] = dataset.identifier.split(':');
  const path = rest.map(encodeURIComponent).join('/');
  if (kind === 'indicator' && rest.length === 1) return `/du-lieu-mo/chi-tieu/${path}`;
  if (kind === 'plan' && rest.length === 1) return `/du-lieu-mo/ke-hoach/${path}`;
  if (kind === 'ranking' && rest.length === 3) return `/du-lieu-mo/xep-hang/${path}`;
  return null;
}

/** A download URL of the catalogue (absolute, as DCAT wants) made relative to this site, so a link works behind any proxy. */
export function sameSiteHref(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

/** The catalogue's update frequency (a Dublin Core frequency URI) → the key of its label. */
export function frequencyKey(uri: string | null): 'monthly' | 'quarterly' | 'semiannual' | 'annual' | null {
  const last = uri?.split('/').at(-1);
  return last === 'monthly' || last === 'quarterly' || last === 'semiannual' || last === 'annual' ? last : null;
}
