/**
 * Typed input that is not saved yet, kept in localStorage per form and user, so a reload (or a lost connection,
 * a closed tab) never loses it: written on every change, read when the form opens, cleared after a save succeeds.
 */
import type { FormRef } from '../api/types';

/** What the reporter typed for one element (values as typed: "1.234,5"). */
export interface DraftEntry {
  value: string;
  comment: string;
  /** Evidence id chosen for the element ('' clears it). */
  evidence: string;
}

export type Draft = Record<string, DraftEntry>;

const PREFIX = 'dxioc.entry.v1';

export const draftKey = (ref: FormRef, user: string): string => `${PREFIX}|${user}|${ref.dataset}|${ref.unit}|${ref.period}`;

export function readDraft(key: string): Draft | null {
  try {
    const text = window.localStorage.getItem(key);
    if (!text) return null;
    const parsed = JSON.parse(text) as { entries?: Draft };
    return parsed.entries && typeof parsed.entries === 'object' ? parsed.entries : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, entries: Draft): void {
  try {
    if (Object.keys(entries).length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify({ entries, at: new Date().toISOString() }));
  } catch {
    // Storage full or disabled: the form still works, only the reload safety is lost.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}
