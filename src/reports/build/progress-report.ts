/**
 * The content of the progress report (Báo cáo kết quả chuyển đổi số) for a plan, a unit and a period, as a
 * ReportModel for the renderers: the header under NĐ 30/2020, an introduction (the plan's tally "có 8/19 chỉ tiêu
 * đạt và vượt kế hoạch" and the published ranks "đạt 0,5934, xếp thứ 27/63, tăng 26 bậc so với năm 2021"), a section
 * per group of the seeds (groups.ts) with a sentence and a table row per indicator, the lagging indicators with their
 * explanations and directives, reporting coverage, the signature, recipients and the appendix of sources. Every
 * sentence is a template an administrator may reword (app/report-templates/). Figures come only from the analytics
 * query, the plan status and published score runs; access is the reader's: 403 without read on the unit.
 */
import type { Actor } from '../../domain/access.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { appError } from '../../domain/errors.ts';
import { isPeriodId, parsePeriod } from '../../domain/periods.ts';
import { fillTemplate } from '../../domain/report-template.ts';
import type { Store } from '../../store/db.ts';
import { planStatus } from '../../app/analytics/plan-status.ts';
import { isDemoDatabase } from '../../app/demo/demo-mark.ts';
import { findIndicators } from '../../app/metadata/indicators.ts';
import { readPlan } from '../../app/metadata/plan-detail.ts';
import { authorizeUnit } from '../../app/policy.ts';
import { reportTemplateTexts } from '../../app/report-templates/templates.ts';
import { getUnit } from '../../app/units/queries.ts';
import { registryFigures } from '../../app/registries/registry-figures.ts';
import type { ReportModel, ReportSection } from '../model.ts';
import { coverageSection } from './coverage.ts';
import { groupOf, OTHER_GROUP, REPORT_GROUPS } from './groups.ts';
import { reportHeader, reportRecipients, reportSignature, periodPhrase } from './header.ts';
import { indicatorFacts } from './indicator-facts.ts';
import { indicatorSentence, indicatorTable } from './indicator-sentences.ts';
import { laggingSection } from './lagging.ts';
import { rankFacts, rankSentence } from './rank-sentences.ts';
import { reportSources } from './sources.ts';
import { registrySection } from './registry-section.ts';

export interface ProgressReportRequest {
  plan: string;
  unit: string;
  period: string;
  /** The document's date, ISO (default today). */
  date?: string;
}

export const SIMULATED_NOTICE =
  'Báo cáo được tạo từ dữ liệu mẫu (demo) của DX-IOC: số liệu nhập lại từ các bài viết nêu ở Phụ lục để minh họa, không phải báo cáo chính thức.';

export async function buildProgressReport(store: Store, request: ProgressReportRequest, actor: Actor): Promise<ReportModel> {
  if (!isPeriodId(request.period)) throw appError('BAD_REQUEST', { field: 'period', reason: `mã kỳ không hợp lệ '${request.period}' / invalid period` });
  const today = todayIsoDate();
  const date = request.date ?? today;
  const period = parsePeriod(request.period);
  await authorizeUnit(store, actor, 'read', request.unit, period.end);
  const plan = await readPlan(store, actor, today, request.plan);
  const unit = await getUnit(store, request.unit, period.end, today);
  const status = await planStatus(store, { plan: request.plan, asOf: period.end, today }, actor);
  const texts = await reportTemplateTexts(store);
  const periodText = periodPhrase(request.period);

  const indicators = (await findIndicators(store, actor, today, { limit: 10_000, offset: 0 })).items;
  const facts = await indicatorFacts(store, actor, { indicators, unit: request.unit, period: request.period, status, asOf: period.end });

  const introduction: string[] = [];
  const tally = status.reported ?? (status.summary.total > 0 ? { met: status.summary.metOrExceeded, total: status.summary.total } : null);
  if (tally) {
    const counts = {
      numerator: { kind: 'integer' as const, value: tally.met },
      denominator: { kind: 'integer' as const, value: tally.total },
      period: periodText,
      plan: plan.name,
    };
    introduction.push(fillTemplate(texts, tally.met === 0 ? 'plan.count.zero' : 'plan.count', counts));
  }
  const ranks = await rankFacts(store, actor, request.unit, request.period);
  if (ranks.length) introduction.push(ranks.map((r) => rankSentence(texts, r, unit.name)).join(' '));

  // The figures counted from the registries have their own section, worded as the seeds word them.
  const figures = (await registryFigures(store, actor, { unit: request.unit, period: request.period })).items;
  const fromRegistries = new Set(figures.map((f) => f.indicator));
  const sections: ReportSection[] = [];
  for (const group of [...REPORT_GROUPS, OTHER_GROUP]) {
    const mine = facts.filter((f) => !fromRegistries.has(f.indicator.code) && groupOf(f.indicator, f.target?.group ?? null).key === group.key);
    if (mine.length === 0) continue;
    sections.push({
      key: group.key,
      title: `${sections.length + 1}. ${group.title}`,
      paragraphs: [mine.map((f) => indicatorSentence(texts, f, periodText)).join(' ')],
      tables: [indicatorTable(`Kết quả các chỉ tiêu ${group.title.toLocaleLowerCase('vi-VN')}`, mine)],
    });
  }
  const registries = registrySection(texts, facts, figures, { periodText, number: sections.length + 1 });
  if (registries) sections.push(registries);
  const next = sections.length + 1;
  const closing = [
    await laggingSection(store, actor, { texts, facts, plan: request.plan, unit: request.unit, periodText, today, number: next }),
    await coverageSection(store, actor, { texts, facts, unit: request.unit, period: request.period, periodText, today, number: next + 1 }),
  ];
  const sources = await reportSources(store, actor, { unit: request.unit, period: request.period, elements: [...new Set(facts.flatMap((f) => f.elements))] });

  return {
    header: reportHeader({ unit, planName: plan.name, period: request.period, date }),
    introduction,
    sections,
    closing,
    signature: reportSignature(),
    recipients: reportRecipients(unit, date),
    sources,
    ...((await isDemoDatabase(store)) && facts.length + ranks.length > 0 ? { simulatedNotice: SIMULATED_NOTICE } : {}),
  };
}
