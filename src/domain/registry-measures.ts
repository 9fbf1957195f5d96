/**
 * What a data element can be derived from instead of being reported: a measure of one of the programme registries
 * (issue 13) — tasks (nhiệm vụ), DX products (sản phẩm CĐS), community digital technology teams (tổ công nghệ số
 * cộng đồng) — or of the records fed from the source systems (issue 14) — one-stop-shop dossiers (hồ sơ thủ tục
 * hành chính), citizen feedback (phản ánh hiện trường). An element declares `derivedFrom: '<registry>.<measure>'`,
 * optionally narrowed by a filter the registry allows (`dossiers.received_online?field=DAT_DAI`: the land field's
 * dossiers only; see `parseDerivation`); the app computes its value at each unit
 * (the records the unit itself owns, never its descendants' — the roll-up adds those) and period, and writes it
 * through the one write path with source `registry`. Nobody types it: a form, import or batch write of a derived
 * element is refused.
 *
 * `stock` measures count the records as they stand at the period's last day (give the element timeAggregation
 * `last`); `flow` measures count what happened inside the period (timeAggregation `sum`).
 */
export const REGISTRY_NAMES = ['tasks', 'products', 'teams', 'dossiers', 'feedback'] as const;
export type RegistryName = (typeof REGISTRY_NAMES)[number];
/** The programme registries (issue 13), kept by the Sở's people; the others are records fed from source systems. */
export const PROGRAMME_REGISTRIES: readonly RegistryName[] = ['tasks', 'products', 'teams'];

export interface RegistryMeasureInfo {
  registry: RegistryName;
  kind: 'stock' | 'flow';
  name: string;
  nameEn: string;
}

export const REGISTRY_MEASURES = {
  'tasks.total': { registry: 'tasks', kind: 'stock', name: 'Số nhiệm vụ', nameEn: 'Tasks' },
  'tasks.completed': { registry: 'tasks', kind: 'stock', name: 'Số nhiệm vụ đã hoàn thành', nameEn: 'Tasks completed' },
  'tasks.completed_on_time': { registry: 'tasks', kind: 'stock', name: 'Số nhiệm vụ hoàn thành đúng hạn', nameEn: 'Tasks completed on time' },
  'tasks.overdue': { registry: 'tasks', kind: 'stock', name: 'Số nhiệm vụ quá hạn', nameEn: 'Overdue tasks' },
  'products.registered': { registry: 'products', kind: 'stock', name: 'Số sản phẩm CĐS đã đăng ký trong năm', nameEn: 'DX products registered for the year' },
  'products.in_progress': { registry: 'products', kind: 'stock', name: 'Số sản phẩm CĐS đang thực hiện', nameEn: 'DX products in progress' },
  'products.completed': { registry: 'products', kind: 'stock', name: 'Số sản phẩm CĐS đã hoàn thành', nameEn: 'DX products completed' },
  'products.evaluated': { registry: 'products', kind: 'stock', name: 'Số sản phẩm CĐS đã đánh giá', nameEn: 'DX products evaluated' },
  'products.units_with_product': {
    registry: 'products',
    kind: 'stock',
    name: 'Số cơ quan, đơn vị có sản phẩm CĐS đăng ký',
    nameEn: 'Agencies and units with a registered DX product',
  },
  'teams.commune_teams': { registry: 'teams', kind: 'stock', name: 'Số tổ công nghệ số cộng đồng cấp xã', nameEn: 'Commune community tech teams' },
  'teams.commune_members': { registry: 'teams', kind: 'stock', name: 'Số thành viên tổ CNSCĐ cấp xã', nameEn: 'Members of commune teams' },
  'teams.village_teams': { registry: 'teams', kind: 'stock', name: 'Số tổ công nghệ số cộng đồng cấp thôn', nameEn: 'Village community tech teams' },
  'teams.village_members': { registry: 'teams', kind: 'stock', name: 'Số thành viên tổ CNSCĐ cấp thôn', nameEn: 'Members of village teams' },
  'teams.communes_with_team': { registry: 'teams', kind: 'stock', name: 'Số xã có tổ công nghệ số cộng đồng', nameEn: 'Communes with a community tech team' },
  'teams.activities': { registry: 'teams', kind: 'flow', name: 'Số hoạt động của tổ CNSCĐ', nameEn: 'Community tech team activities' },
  'teams.people_supported': { registry: 'teams', kind: 'flow', name: 'Số lượt người dân được hỗ trợ', nameEn: 'People supported by the teams' },
  // One-stop-shop dossiers: flows by the day received (received*) or finished (finished*).
  'dossiers.received': { registry: 'dossiers', kind: 'flow', name: 'Số hồ sơ TTHC tiếp nhận', nameEn: 'Dossiers received' },
  'dossiers.received_online': { registry: 'dossiers', kind: 'flow', name: 'Số hồ sơ TTHC tiếp nhận trực tuyến', nameEn: 'Dossiers received online' },
  'dossiers.received_online_full': {
    registry: 'dossiers',
    kind: 'flow',
    name: 'Số hồ sơ tiếp nhận trực tuyến toàn trình',
    nameEn: 'Dossiers received online end to end',
  },
  'dossiers.finished': { registry: 'dossiers', kind: 'flow', name: 'Số hồ sơ TTHC đã giải quyết', nameEn: 'Dossiers finished' },
  'dossiers.finished_on_time': { registry: 'dossiers', kind: 'flow', name: 'Số hồ sơ TTHC giải quyết đúng hạn', nameEn: 'Dossiers finished on time' },
  // Citizen feedback: flows by the day filed (received) or closed (handled*), rated (ratings, rating_sum, satisfied).
  'feedback.received': { registry: 'feedback', kind: 'flow', name: 'Số phản ánh hiện trường tiếp nhận', nameEn: 'Feedback reports received' },
  'feedback.handled': { registry: 'feedback', kind: 'flow', name: 'Số phản ánh đã xử lý', nameEn: 'Feedback reports handled' },
  'feedback.handled_on_time': { registry: 'feedback', kind: 'flow', name: 'Số phản ánh xử lý đúng hạn', nameEn: 'Feedback reports handled on time' },
  'feedback.ratings': { registry: 'feedback', kind: 'flow', name: 'Số lượt đánh giá kết quả xử lý', nameEn: 'Ratings of the answers' },
  'feedback.rating_sum': { registry: 'feedback', kind: 'flow', name: 'Tổng điểm đánh giá (1–5)', nameEn: 'Sum of the ratings (1–5)' },
  'feedback.satisfied': { registry: 'feedback', kind: 'flow', name: 'Số lượt hài lòng (4–5 điểm)', nameEn: 'Satisfied ratings (4–5)' },
} as const satisfies Record<string, RegistryMeasureInfo>;

export type RegistryMeasure = keyof typeof REGISTRY_MEASURES;
export const REGISTRY_MEASURE_CODES = Object.keys(REGISTRY_MEASURES) as RegistryMeasure[];

export function isRegistryMeasure(value: unknown): value is RegistryMeasure {
  return typeof value === 'string' && Object.hasOwn(REGISTRY_MEASURES, value);
}

/** The measures of one registry. */
export function measuresOf(registry: RegistryName): RegistryMeasure[] {
  return REGISTRY_MEASURE_CODES.filter((m) => REGISTRY_MEASURES[m].registry === registry);
}

/** The filters a registry's derivations may carry (`?key=value&…`), with what each value must look like. */
export const DERIVATION_FILTERS: Readonly<Record<RegistryName, Readonly<Record<string, RegExp>>>> = {
  tasks: {},
  products: {},
  teams: {},
  // field: the procedure's field code (lĩnh vực); level: 'full' (toàn trình) | 'partial' (một phần).
  dossiers: { field: /^[A-Z0-9_]{1,40}$/, level: /^(full|partial)$/ },
  // category: the feedback category's code.
  feedback: { category: /^[A-Z0-9_]{1,40}$/ },
};

export type DerivationFilter = Readonly<Record<string, string>>;

export interface Derivation {
  measure: RegistryMeasure;
  registry: RegistryName;
  /** Empty when the derivation counts every record of the measure. */
  filter: DerivationFilter;
}

/**
 * Reads `<registry>.<measure>` or `<registry>.<measure>?key=value&key=value` (keys from DERIVATION_FILTERS, each
 * once, values matching its pattern). Null when it is not a valid derivation; `derivationProblem` says why.
 */
export function parseDerivation(text: unknown): Derivation | null {
  return typeof text === 'string' && !derivationProblem(text) ? readDerivation(text) : null;
}

/** Why the text is not a valid derivation (Vietnamese / English), or null when it is one. */
export function derivationProblem(text: string): string | null {
  const [measure, query, ...rest] = text.split('?');
  if (!isRegistryMeasure(measure))
    return `'${measure}' không phải chỉ số của sổ đăng ký, phải là một trong: ${REGISTRY_MEASURE_CODES.join(', ')} / unknown registry measure`;
  if (rest.length > 0) return `'${text}': chỉ một dấu '?' / one '?' only`;
  if (query === undefined) return null;
  const allowed = DERIVATION_FILTERS[REGISTRY_MEASURES[measure].registry];
  const seen = new Set<string>();
  for (const pair of query.split('&')) {
    const [key, value] = pair.split('=');
    const pattern = key ? allowed[key] : undefined;
    if (!key || !pattern)
      return `bộ lọc '${key ?? ''}' không dùng được cho ${measure}${Object.keys(allowed).length ? `; dùng: ${Object.keys(allowed).join(', ')}` : ''} / filter not allowed`;
    if (seen.has(key)) return `bộ lọc '${key}' lặp lại / filter repeated`;
    if (value === undefined || !pattern.test(value)) return `giá trị '${value ?? ''}' của bộ lọc '${key}' không hợp lệ / invalid filter value`;
    seen.add(key);
  }
  return null;
}

function readDerivation(text: string): Derivation {
  const [measure, query] = text.split('?') as [RegistryMeasure, string | undefined];
  const filter: Record<string, string> = {};
  for (const pair of query ? query.split('&') : []) {
    const [key, value] = pair.split('=') as [string, string];
    filter[key] = value;
  }
  return { measure, registry: REGISTRY_MEASURES[measure].registry, filter };
}

/** The registry a derivation string belongs to, without validating the rest (for listing a registry's elements). */
export function registryOfDerivation(text: string): RegistryName | null {
  const derivation = parseDerivation(text);
  return derivation ? derivation.registry : null;
}
