/**
 * A follow-up as a reader sees it: the target (indicator, unit, period, target value and the last sync's status,
 * value and gap), its state, the explanations, the directives with their progress and whether each is overdue on
 * `today`, and what the caller may do with it (so the screens never re-implement the policy).
 */
import type { Actor } from '../../domain/access.ts';
import { directiveOverdue, FOLLOW_UP_STATE_LABELS, followUpActions, followUpOverdue, type FollowUpState } from '../../domain/follow-ups.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { TARGET_STATUS_LABELS, type TargetStatus } from '../../domain/targets.ts';
import type { Store } from '../../store/db.ts';
import { getIndicators } from '../../store/metadata/indicators.ts';
import { readFollowUpParts, type DirectiveRow, type FollowUpRow, type ProgressRow } from '../../store/follow-ups/repo.ts';
import { canOn, UnitResolver, type ResolvedUnit } from './units.ts';

export interface EvidenceRef {
  kind: 'document' | 'link';
  number?: string;
  date?: string;
  issuer?: string;
  summary?: string;
  url?: string;
  title?: string;
}

export interface FollowUpView {
  id: number;
  plan: string;
  indicator: { code: string; name: string; unitOfMeasure: string | null; decimals: number };
  unit: { code: string; name: string };
  period: string;
  target: { value: number; comparison: string; status: string; statusLabel: { vi: string; en: string }; actual: number | null; gap: number | null };
  state: FollowUpState;
  stateLabel: { vi: string; en: string };
  openedOn: string;
  explainBy: string;
  overdue: boolean;
  closed: { at: string; by: string; reason: string; note: string | null } | null;
  explanations: Array<{ id: number; content: string; evidence: EvidenceRef[]; by: string; at: string }>;
  directives: DirectiveView[];
  abilities: { explain: boolean; direct: boolean; close: boolean; progress: boolean };
}

export interface DirectiveView {
  id: number;
  content: string;
  assignee: { code: string; name: string };
  deadline: string;
  by: string;
  at: string;
  doneAt: string | null;
  overdue: boolean;
  progress: Array<{ id: number; content: string; done: boolean; evidence: EvidenceRef[]; by: string; at: string }>;
  /** The caller may report progress on it (the assignee's reporter, an admin; not once done or closed). */
  canReport: boolean;
}

/** The follow-up's own unit: on its period's last day. */
export function followUpUnit(units: UnitResolver, f: Pick<FollowUpRow, 'unitCode' | 'period'>): Promise<ResolvedUnit | null> {
  return units.at(f.unitCode, parsePeriod(f.period).end);
}

/** The views of these rows for `actor` (who may read them is the caller's business: see list.ts). */
export async function presentFollowUps(
  store: Store,
  rows: readonly FollowUpRow[],
  actor: Actor,
  today: string,
  units = new UnitResolver(store.db),
): Promise<FollowUpView[]> {
  const parts = await readFollowUpParts(
    store.db,
    rows.map((r) => r.id),
  );
  const indicators = await getIndicators(
    store.db,
    rows.map((r) => r.indicatorCode),
  );
  const progressOf = group(parts.progress, (p) => p.directiveId);
  const views: FollowUpView[] = [];
  for (const f of rows) {
    const state = f.state as FollowUpState;
    const actions = followUpActions(state);
    const unit = await followUpUnit(units, f);
    const directives: DirectiveView[] = [];
    for (const d of parts.directives.filter((x) => x.followUpId === f.id))
      directives.push(await directiveView(d, progressOf.get(d.id) ?? [], units, actor, today, actions.includes('progress')));
    const indicator = indicators.get(f.indicatorCode);
    views.push({
      id: f.id,
      plan: f.planCode,
      indicator: {
        code: f.indicatorCode,
        name: indicator?.name ?? f.indicatorCode,
        unitOfMeasure: indicator?.unitOfMeasure ?? null,
        decimals: indicator?.decimals ?? 0,
      },
      unit: { code: f.unitCode, name: unit?.name ?? f.unitCode },
      period: f.period,
      target: {
        value: Number(f.targetValue),
        comparison: f.comparison,
        status: f.targetStatus,
        statusLabel: TARGET_STATUS_LABELS[f.targetStatus as TargetStatus] ?? { vi: f.targetStatus, en: f.targetStatus },
        actual: f.value === null ? null : Number(f.value),
        gap: f.gap === null ? null : Number(f.gap),
      },
      state,
      stateLabel: FOLLOW_UP_STATE_LABELS[state],
      openedOn: f.openedOn,
      explainBy: f.explainBy,
      overdue: followUpOverdue({ state, explainBy: f.explainBy }, directives, today),
      closed: f.closedAt ? { at: f.closedAt, by: f.closedBy ?? '', reason: f.closeReason ?? '', note: f.closeNote } : null,
      explanations: parts.explanations
        .filter((e) => e.followUpId === f.id)
        .map((e) => ({ id: e.id, content: e.content, evidence: parseEvidence(e.evidence), by: e.createdBy, at: e.createdAt })),
      directives,
      abilities: {
        explain: actions.includes('explain') && canOn(actor, 'explain', unit),
        direct: actions.includes('direct') && canOn(actor, 'direct', unit),
        close: actions.includes('close') && canOn(actor, 'direct', unit),
        progress: directives.some((d) => d.canReport),
      },
    });
  }
  return views;
}

async function directiveView(
  d: DirectiveRow,
  progress: ProgressRow[],
  units: UnitResolver,
  actor: Actor,
  today: string,
  open: boolean,
): Promise<DirectiveView> {
  const assignee = await units.at(d.assigneeUnitCode, today);
  return {
    id: d.id,
    content: d.content,
    assignee: { code: d.assigneeUnitCode, name: assignee?.name ?? d.assigneeUnitCode },
    deadline: d.deadline,
    by: d.createdBy,
    at: d.createdAt,
    doneAt: d.doneAt,
    overdue: open && directiveOverdue(d, today),
    progress: progress.map((p) => ({
      id: p.id,
      content: p.content,
      done: Number(p.done) === 1,
      evidence: parseEvidence(p.evidence),
      by: p.createdBy,
      at: p.createdAt,
    })),
    canReport: open && d.doneAt === null && canOn(actor, 'explain', assignee),
  };
}

function parseEvidence(text: string): EvidenceRef[] {
  const parsed = JSON.parse(text) as unknown;
  return Array.isArray(parsed) ? (parsed as EvidenceRef[]) : [];
}

function group<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
