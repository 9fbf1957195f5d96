/**
 * The header of a published-results import — period, level, date of the unit tree, source document — as it comes
 * in form or command fields (text) or a JSON body, each field checked for its type (400 naming it).
 */
import type { PublishedRunFile, PublishedRunHeader } from '../../domain/frameworks/published-file.ts';
import { badRunInput } from '../../compute/scores/run-input-error.ts';

const HEADER_FIELDS = ['period', 'level', 'at', 'sourceTitle', 'sourceUrl', 'sourceDate'] as const;

/** Form or command fields → a header; a field that is not text is refused naming it. */
export function headerFromFields(fields: Readonly<Record<string, unknown>>): PublishedRunHeader {
  const text: Partial<Record<(typeof HEADER_FIELDS)[number], string>> = {};
  for (const name of HEADER_FIELDS) {
    const value = fields[name];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' || value.length > 1000) throw badRunInput(name, `Trường ${name} cần là chuỗi ngắn / must be a short text`);
    text[name] = value.trim();
  }
  const source = text.sourceTitle
    ? { title: text.sourceTitle, ...(text.sourceUrl ? { url: text.sourceUrl } : {}), ...(text.sourceDate ? { date: text.sourceDate } : {}) }
    : undefined;
  return {
    ...(text.period ? { period: text.period } : {}),
    ...(text.level ? { level: text.level } : {}),
    ...(text.at ? { at: text.at } : {}),
    ...(source ? { source } : {}),
  };
}

/** A JSON body {period?, level?, at?, source: {title, url?, date?}, results: [...]}: its header fields checked for type. */
export function publishedBody(body: unknown): PublishedRunFile {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !Array.isArray((body as { results?: unknown }).results))
    throw badRunInput('results', 'Cần {period, source: {title}, results: [...]} / expected {period, source: {title}, results: [...]}');
  const b = body as Record<string, unknown>;
  const source = b.source;
  if (source !== undefined && (typeof source !== 'object' || source === null || Array.isArray(source)))
    throw badRunInput('source', 'Cần {title, url?, date?} / expected {title, url?, date?}');
  const s = (source ?? {}) as Record<string, unknown>;
  const header = headerFromFields({ period: b.period, level: b.level, at: b.at, sourceTitle: s.title, sourceUrl: s.url, sourceDate: s.date });
  return { ...header, results: b.results as unknown[] as PublishedRunFile['results'] };
}
