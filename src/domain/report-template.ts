/**
 * The sentence templates of the generated progress report (Báo cáo kết quả chuyển đổi số): one per sentence kind,
 * worded in Vietnamese with `{placeholders}` that the code fills — numbers always formatted vi-VN here (93,8%;
 * 1.607.294; 0,5934), never typed into a template. A kind with a zero or "no change" case has its own key
 * (`rank.change.none` "giữ nguyên thứ hạng", `lagging.none` "không có chỉ tiêu nào chưa đạt"), so an administrator
 * words each case. Defaults live here; an administrator's override (app/report-templates/) is checked by
 * `checkTemplate`: a placeholder the kind does not know is refused, naming it.
 */
import { formatViNumber } from './vi-number.ts';

/** Every sentence kind, its default wording and the placeholders it may use. */
export const REPORT_TEMPLATE_DEFAULTS = {
  'indicator.met': {
    text: '{name} đạt {value}, đạt và vượt chỉ tiêu kế hoạch {target} (vượt {gap}).',
    placeholders: ['name', 'value', 'target', 'gap', 'period'],
    description: 'Chỉ tiêu có mục tiêu, đã đạt hoặc vượt / an indicator that met or exceeded its target',
  },
  'indicator.not_met': {
    text: '{name} đạt {value}, chưa đạt chỉ tiêu kế hoạch {target} (còn thiếu {gap}).',
    placeholders: ['name', 'value', 'target', 'gap', 'period'],
    description: 'Chỉ tiêu có mục tiêu, chưa đạt / an indicator below its target',
  },
  'indicator.no_target': {
    text: '{name} đạt {value}.',
    placeholders: ['name', 'value', 'period'],
    description: 'Chỉ tiêu không có mục tiêu trong kế hoạch / an indicator without a target',
  },
  'indicator.count': {
    text: '{name}: {numerator}/{denominator}, đạt tỷ lệ {value}.',
    placeholders: ['name', 'value', 'numerator', 'denominator', 'period'],
    description: 'Chỉ tiêu tính từ số đếm "x/y" / an indicator computed from a count "x of y"',
  },
  'plan.count': {
    text: 'Trong {period}, có {numerator}/{denominator} chỉ tiêu đạt và vượt kế hoạch.',
    placeholders: ['numerator', 'denominator', 'period', 'plan'],
    description: 'Số chỉ tiêu của kế hoạch đạt và vượt / how many of the plan\u2019s targets were met',
  },
  'plan.count.zero': {
    text: 'Trong {period}, chưa có chỉ tiêu nào trong {denominator} chỉ tiêu đạt kế hoạch.',
    placeholders: ['denominator', 'period', 'plan'],
    description: 'Không chỉ tiêu nào đạt / none of the plan\u2019s targets met',
  },
  rank: {
    text: 'Kết quả {framework}: {unit} đạt {value}, xếp thứ {rank}/{rankOf}, {rankChange}.',
    placeholders: ['framework', 'edition', 'unit', 'value', 'rank', 'rankOf', 'rankChange'],
    description: 'Thứ hạng từ kết quả đã công bố; {rankChange} là một trong các câu rank.change.* / a published rank',
  },
  'rank.no_score': {
    text: 'Kết quả {framework}: {unit} xếp thứ {rank}/{rankOf}, {rankChange}.',
    placeholders: ['framework', 'edition', 'unit', 'rank', 'rankOf', 'rankChange'],
    description: 'Thứ hạng đã công bố không kèm điểm / a published rank without its score',
  },
  'rank.change.up': {
    text: 'tăng {rankChange} bậc so với năm {previous}',
    placeholders: ['rankChange', 'previous'],
    description: 'Thứ hạng tăng / moved up',
  },
  'rank.change.down': {
    text: 'giảm {rankChange} bậc so với năm {previous}',
    placeholders: ['rankChange', 'previous'],
    description: 'Thứ hạng giảm / moved down',
  },
  'rank.change.none': {
    text: 'giữ nguyên thứ hạng so với năm {previous}',
    placeholders: ['previous'],
    description: 'Thứ hạng không đổi / same rank',
  },
  'rank.change.unknown': {
    text: 'chưa có thứ hạng năm trước để so sánh',
    placeholders: [],
    description: 'Không có thứ hạng kỳ trước / no previous rank',
  },
  coverage: {
    text: '{name}: {numerator}/{denominator} kỳ báo cáo đã gửi ({coverage}).',
    placeholders: ['name', 'numerator', 'denominator', 'coverage', 'period'],
    description: 'Tình hình gửi một biểu mẫu báo cáo của đơn vị / how many periods of a form the unit submitted',
  },
  'coverage.zero': {
    text: '{name}: chưa gửi kỳ báo cáo nào trong {denominator} kỳ.',
    placeholders: ['name', 'denominator', 'period'],
    description: 'Chưa gửi kỳ nào / no period reported',
  },
  lagging: {
    text: '{name} đạt {value}, chưa đạt chỉ tiêu {target} (còn thiếu {gap}).',
    placeholders: ['name', 'value', 'target', 'gap', 'period'],
    description: 'Chỉ tiêu chưa đạt, kèm giải trình và chỉ đạo / a lagging indicator',
  },
  'lagging.none': {
    text: 'Không có chỉ tiêu nào chưa đạt kế hoạch.',
    placeholders: ['period'],
    description: 'Không có chỉ tiêu chưa đạt / no lagging indicator',
  },
  'lagging.no_targets': {
    text: 'Kế hoạch chưa giao chỉ tiêu cho {period}, nên chưa đánh giá chỉ tiêu đạt, chưa đạt.',
    placeholders: ['period'],
    description: 'Kế hoạch không có chỉ tiêu cho kỳ này / the plan sets no target for the period',
  },
  'registry.products': {
    text: 'Có {units} cơ quan, đơn vị đã đăng ký {registered} sản phẩm chuyển đổi số, trong đó có {completed} sản phẩm đã hoàn thành.',
    placeholders: ['units', 'registered', 'inProgress', 'completed', 'period'],
    description: 'Sản phẩm CĐS, đếm từ sổ đăng ký sản phẩm / the DX products, counted from their registry',
  },
  'registry.teams': {
    text: 'Có {communeTeams} Tổ công nghệ số cộng đồng cấp xã, phường, thị trấn với {communeMembers} thành viên; {villageTeams} Tổ công nghệ số cộng đồng cấp thôn, khu phố với {villageMembers} thành viên.',
    placeholders: ['communeTeams', 'communeMembers', 'villageTeams', 'villageMembers', 'communesWithTeam', 'period'],
    description: 'Tổ công nghệ số cộng đồng, đếm từ sổ đăng ký tổ / the community tech teams, counted from their registry',
  },
  'registry.tasks': {
    text: 'Có {completed}/{total} nhiệm vụ đã hoàn thành, trong đó {onTime} nhiệm vụ hoàn thành đúng hạn; {overdue} nhiệm vụ quá hạn cần đôn đốc.',
    placeholders: ['total', 'completed', 'onTime', 'overdue', 'period'],
    description: 'Nhiệm vụ của kế hoạch, đếm từ sổ nhiệm vụ / the plan\u2019s tasks, counted from their registry',
  },
  'lagging.explanation': {
    text: 'Giải trình: {text}',
    placeholders: ['text'],
    description: 'Giải trình của đơn vị / an explanation',
  },
  'lagging.directive': {
    text: 'Chỉ đạo: {text} (giao {assignee}, hạn {due}).',
    placeholders: ['text', 'assignee', 'due'],
    description: 'Chỉ đạo khắc phục / a directive',
  },
} as const satisfies Record<string, { text: string; placeholders: readonly string[]; description: string }>;

export type ReportTemplateKey = keyof typeof REPORT_TEMPLATE_DEFAULTS;
export const REPORT_TEMPLATE_KEYS = Object.keys(REPORT_TEMPLATE_DEFAULTS) as ReportTemplateKey[];

export function isReportTemplateKey(key: string): key is ReportTemplateKey {
  return Object.hasOwn(REPORT_TEMPLATE_DEFAULTS, key);
}

/** The longest template an administrator may store. */
export const MAX_TEMPLATE_LENGTH = 1000;

/** A value for a placeholder: text as it is, or a number the code formats vi-VN. */
export type TemplateValue =
  string | { kind: 'number'; value: number; decimals: number } | { kind: 'percent'; value: number; decimals: number } | { kind: 'integer'; value: number };

export type TemplateTexts = Record<ReportTemplateKey, string>;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Why a template cannot be stored, or null: unknown placeholders (named), an empty or overlong text, stray braces. */
export function checkTemplate(key: ReportTemplateKey, text: string): string | null {
  if (text.trim() === '') return 'mẫu câu trống / the template is empty';
  if (text.length > MAX_TEMPLATE_LENGTH) return `mẫu câu dài quá ${formatViNumber(MAX_TEMPLATE_LENGTH)} ký tự / longer than ${MAX_TEMPLATE_LENGTH} characters`;
  const known: readonly string[] = REPORT_TEMPLATE_DEFAULTS[key].placeholders;
  const unknown = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    const names = [...new Set(unknown)].map((n) => `{${n}}`).join(', ');
    const allowed = known.length ? known.map((n) => `{${n}}`).join(', ') : '(không có / none)';
    return `chỗ trống không hợp lệ ${names}; dùng được: ${allowed} / unknown placeholder ${names}; allowed: ${allowed}`;
  }
  const stray = text.replace(PLACEHOLDER, '');
  if (stray.includes('{') || stray.includes('}')) return 'dấu ngoặc { } không khớp / unbalanced braces';
  return null;
}

/** A number as the report prints it: vi-VN, at most `decimals` digits after the comma, no trailing zeros (100%, 73,08%). */
export function formatReportNumber(value: number, decimals: number): string {
  const text = formatViNumber(value, decimals);
  return text.includes(',') ? text.replace(/0+$/, '').replace(/,$/, '') : text;
}

function formatValue(value: TemplateValue): string {
  if (typeof value === 'string') return value;
  switch (value.kind) {
    case 'integer':
      return formatViNumber(value.value, 0);
    case 'number':
      return formatReportNumber(value.value, value.decimals);
    case 'percent':
      return `${formatReportNumber(value.value, value.decimals)}%`;
  }
}

/**
 * The sentence of `key` with its placeholders filled (numbers formatted vi-VN). A placeholder without a value is
 * left out with the blank collapsed — never printed as "{gap}".
 */
export function fillTemplate(texts: TemplateTexts, key: ReportTemplateKey, values: Partial<Record<string, TemplateValue>>): string {
  const text = texts[key] ?? REPORT_TEMPLATE_DEFAULTS[key].text;
  return text
    .replace(PLACEHOLDER, (_whole, name: string) => {
      const value = values[name];
      return value === undefined ? '' : formatValue(value);
    })
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:)])/g, '$1')
    .trim();
}

/** The defaults with the stored overrides in their place (an override of an unknown key is ignored). */
export function mergeTemplates(overrides: ReadonlyArray<{ key: string; text: string }>): TemplateTexts {
  const texts = Object.fromEntries(REPORT_TEMPLATE_KEYS.map((k) => [k, REPORT_TEMPLATE_DEFAULTS[k].text])) as TemplateTexts;
  for (const o of overrides) if (isReportTemplateKey(o.key)) texts[o.key] = o.text;
  return texts;
}
