/**
 * The units a follow-up concerns, resolved once per (code, day): the target's unit on its period's last day (the
 * unit as it was: Ninh Thuận's 2023 target is 58's, which ended in 2025), a directive's assignee today. Each with
 * its name and path (codes and version ids), which the access checks compare with the caller's scopes.
 */
import { can, type Action, type Actor } from '../../domain/access.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { unitPathWithIds } from '../../store/units/path.ts';
import { unitInForce } from '../../store/units/tree-reads.ts';

export interface ResolvedUnit {
  code: string;
  name: string;
  codes: string[];
  ids: number[];
}

export class UnitResolver {
  private readonly cache = new Map<string, Promise<ResolvedUnit | null>>();

  constructor(private readonly db: Kysely<Database>) {}

  /** The unit `code` on day `at`, or null when not in force then. */
  at(code: string, at: string): Promise<ResolvedUnit | null> {
    const key = `${code}@${at}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.resolve(code, at);
      this.cache.set(key, found);
    }
    return found;
  }

  private async resolve(code: string, at: string): Promise<ResolvedUnit | null> {
    const path = await unitPathWithIds(this.db, code, at);
    if (!path) return null;
    const unit = await unitInForce(this.db, code, at);
    return { code, name: unit?.name ?? code, codes: path.codes, ids: path.ids };
  }
}

/** can() on a resolved unit (a unit not in force: only the actors who are not unit-scoped pass). */
export function canOn(actor: Actor, action: Action, unit: ResolvedUnit | null): boolean {
  return can(actor, action, { unitPath: unit?.codes ?? [], ...(unit ? { unitIdPath: unit.ids } : {}) });
}
