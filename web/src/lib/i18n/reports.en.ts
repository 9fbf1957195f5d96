/** English strings of "Tạo báo cáo": the same keys as reports.vi.ts. The document itself stays Vietnamese (its frame under NĐ 30/2020). */
import type { reportsVi } from './reports.vi';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const reportsEn: Strings<typeof reportsVi> = {
  reports: {
    nav: 'Reports',
    fromPlan: 'Generate the plan’s report',
    title: 'Generate a report',
    intro: "A plan's digital transformation progress report, built from the data: preview it, then download it as DOCX, PDF, XLSX or Markdown.",
    plan: 'Plan',
    unit: 'Unit',
    period: 'Period',
    format: 'Format',
    choosePlan: 'Choose a plan',
    formats: { docx: 'Word document (DOCX)', pdf: 'PDF', xlsx: 'Excel workbook (XLSX)', md: 'Markdown' },
    loadingPlans: 'Loading the plans…',
    noPlans: 'No plan you may read yet',
    noPlansHelp: 'Reports follow a plan. An administrator enters plans under Administration › Plans, or grants you read access to a plan’s unit.',
    pickPlan: 'Choose a plan to preview its report',
    pickPlanHelp: 'Choose a plan, a unit and a period above; the preview appears here.',
    noPeriods: 'This plan has no targets by period yet.',
    loadingPreview: 'Building the preview…',
    previewTitle: 'Preview',
    generate: 'Generate the report',
    generating: 'Generating the report…',
    progress: 'Step {{step}}/{{steps}}: {{message}}',
    queued: 'Queued, waiting to start…',
    failed: 'The report could not be generated: {{error}}',
    download: 'Download {{fileName}}',
    size: '{{size}} bytes',
    document: {
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      dateLine: '{{place}}, ngày {{day}} tháng {{month}} năm {{year}}',
      recipients: 'Nơi nhận:',
      appendix: 'PHỤ LỤC',
      sources: 'Nguồn số liệu',
      sourceNo: 'STT',
      sourceSubject: 'Số liệu',
      sourceCitation: 'Nguồn',
      emptyCell: '—',
    },
  },
};
