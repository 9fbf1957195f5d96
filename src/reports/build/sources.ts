/**
 * The appendix of sources: the evidence the report's figures cite (app/evidence/value-sources.ts) — a document by
 * its number, date, issuer and summary, a link by its address, a file by its name — once per source, with the
 * figures (elements and periods) it backs — of an element's periods inside the report's, the one ending last (a
 * year's stock is its last half's figure) —; a figure worked back from a source says so. Figures entered on units
 * below (71/71 communes) cite their own records and are not listed here.
 */
import type { Actor } from '../../domain/access.ts';
import { parsePeriod } from '../../domain/periods.ts';
import type { Store } from '../../store/db.ts';
import { valueSources, type CitedEvidence } from '../../app/evidence/value-sources.ts';
import type { ReportSource } from '../model.ts';

function viDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export function citationOf(evidence: CitedEvidence['evidence']): string {
  if (evidence.document) {
    const { number, date, issuer, summary } = evidence.document;
    return [summary, number ? `số/ký hiệu: ${number}` : null, date ? `ngày ${viDate(date)}` : null, issuer].filter(Boolean).join('; ');
  }
  if (evidence.url) return evidence.url;
  return evidence.file ? `Tệp ${evidence.file.name}` : evidence.id;
}

export async function reportSources(store: Store, actor: Actor, input: { unit: string; period: string; elements: string[] }): Promise<ReportSource[]> {
  const all = await valueSources(store, actor, input);
  // A year's stock is its last half's figure: of an element's cited periods, the one ending last is the report's.
  const lastEnd = new Map<string, string>();
  for (const c of all) {
    const end = parsePeriod(c.period).end;
    if ((lastEnd.get(c.element) ?? '') < end) lastEnd.set(c.element, end);
  }
  const cited = all.filter((c) => parsePeriod(c.period).end === lastEnd.get(c.element));
  const bySource = new Map<string, { citation: string; subjects: string[] }>();
  for (const c of cited) {
    const citation = citationOf(c.evidence);
    const entry = bySource.get(citation) ?? { citation, subjects: [] };
    entry.subjects.push(`${c.element}, ${c.period}${c.derived ? ' (suy ra)' : ''}`);
    bySource.set(citation, entry);
  }
  return [...bySource.values()].map((s) => ({ subject: s.subjects.join('; '), citation: s.citation }));
}
