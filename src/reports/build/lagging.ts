/**
 * The closing part on lagging indicators: every target of the plan at the unit that the period's value misses
 * (chưa đạt, có nguy cơ), with the unit's explanations and the directives given (the follow-up module,
 * app/follow-ups/), or the zero sentence "Không có chỉ tiêu nào chưa đạt kế hoạch".
 */
import type { Actor } from '../../domain/access.ts';
import { fillTemplate, type TemplateTexts } from '../../domain/report-template.ts';
import type { Store } from '../../store/db.ts';
import { listFollowUps } from '../../app/follow-ups/list.ts';
import type { FollowUpView } from '../../app/follow-ups/view.ts';
import type { ReportSection } from '../model.ts';
import type { IndicatorFact } from './indicator-facts.ts';
import { measured } from './indicator-sentences.ts';

const LAGGING = new Set(['not_met', 'at_risk']);

function viDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

export async function laggingSection(
  store: Store,
  actor: Actor,
  input: { texts: TemplateTexts; facts: IndicatorFact[]; plan: string; unit: string; periodText: string; today: string; number: number },
): Promise<ReportSection> {
  const { texts } = input;
  const lagging = input.facts.filter((f) => f.target && LAGGING.has(f.target.status));
  const paragraphs: string[] = [];
  if (!input.facts.some((f) => f.target)) paragraphs.push(fillTemplate(texts, 'lagging.no_targets', { period: input.periodText }));
  else if (lagging.length === 0) paragraphs.push(fillTemplate(texts, 'lagging.none', { period: input.periodText }));
  else {
    const followUps = (await listFollowUps(store, { plan: input.plan, unit: input.unit, limit: 1000 }, actor, { today: input.today })).items;
    for (const fact of lagging) {
      const t = fact.target!;
      const sentences = [
        fillTemplate(texts, 'lagging', {
          name: fact.indicator.name,
          value: measured(fact.row.value, fact),
          target: measured(t.value, fact),
          ...(t.gap === null ? {} : { gap: measured(Math.abs(t.gap), fact) }),
          period: input.periodText,
        }),
      ];
      const followUp = followUps.find((f: FollowUpView) => f.indicator.code === fact.indicator.code && f.unit.code === input.unit && f.period === t.period);
      for (const e of followUp?.explanations ?? []) sentences.push(fillTemplate(texts, 'lagging.explanation', { text: e.content }));
      for (const d of followUp?.directives ?? [])
        sentences.push(fillTemplate(texts, 'lagging.directive', { text: d.content, assignee: d.assignee.name, due: viDate(d.deadline) }));
      paragraphs.push(sentences.join(' '));
    }
  }
  return { key: 'chi-tieu-chua-dat', title: `${input.number}. Các chỉ tiêu chưa đạt, nguyên nhân và chỉ đạo khắc phục`, paragraphs, tables: [] };
}
