/**
 * The messages of a refused save by field, from the API's 422/400 `details` ({field, message}), in the reader's
 * language. The server writes "Vietnamese / English"; a formula's parser writes "Vietnamese (vị trí n) — English
 * (position n)": both are split.
 */
import { ApiError, localMessage } from '@/lib/api/errors';
import type { Language } from '@/lib/format';

export function localText(message: string, language: Language): string {
  if (message.includes(' / ')) return localMessage(message, language);
  const at = message.indexOf(' — ');
  if (at < 0) return message;
  return language === 'vi' ? message.slice(0, at) : message.slice(at + 3);
}

export function fieldErrors(error: unknown, language: Language): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const detail of error.details) {
    if (!detail.field || !detail.message) continue;
    const field = detail.field.split(/[.[]/)[0]!;
    out[field] = out[field] ? `${out[field]}; ${localText(detail.message, language)}` : localText(detail.message, language);
  }
  return out;
}

/** A number field's text as the API wants it: null when empty, a number otherwise (NaN stays for the server to refuse). */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}
