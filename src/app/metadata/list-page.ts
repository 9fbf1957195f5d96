/**
 * What the metadata lists share: a page of a list read whole (definitions number in the hundreds, so they are
 * filtered in memory rather than by a search column) and the accent-insensitive text search of GET /units —
 * every word of `q` must appear in the folded texts ("ha tang" finds "hạ tầng", "dak nong" finds "Đắk Nông").
 */
import { foldVietnamese } from '../../domain/text.ts';

export interface PageQuery {
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  /** Every match, not just this page. */
  total: number;
  limit: number;
  offset: number;
}

/** The page of `matches` the query asks for. */
export function pageOf<T>(matches: readonly T[], { limit, offset }: PageQuery): Page<T> {
  return { items: matches.slice(offset, offset + limit), total: matches.length, limit, offset };
}

/** A test of texts against `q`; without words (absent, empty, blank) every text passes. */
export function textMatcher(q: string | undefined): (...texts: Array<string | undefined>) => boolean {
  const words = foldVietnamese(q ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return () => true;
  return (...texts) => {
    const folded = foldVietnamese(texts.filter((t) => t !== undefined).join(' '));
    return words.every((word) => folded.includes(word));
  };
}

/** Whether a stored label (a target's group, a form's section) is `wanted`, ignoring accents, case and spacing. */
export function sameLabel(stored: string | null | undefined, wanted: string): boolean {
  return stored !== null && stored !== undefined && foldVietnamese(stored) === foldVietnamese(wanted);
}
