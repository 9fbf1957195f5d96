/** English strings of "Mẫu câu báo cáo": the same keys as report-templates.vi.ts (the templates themselves stay Vietnamese). */
import type { reportTemplatesVi } from './report-templates.vi';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const reportTemplatesEn: Strings<typeof reportTemplatesVi> = {
  reportTemplates: {
    title: 'Report sentence templates',
    intro:
      'The sentences of the digital transformation progress report are put together from these templates. Placeholders in braces such as {value} are replaced by the figures, formatted the Vietnamese way; only the placeholders listed with each template may be used.',
    back: '‹ Administration',
    toReports: 'Try it on the Reports screen ›',
    loading: 'Loading the templates…',
    groups: {
      indicator: 'Indicators',
      plan: 'The plan as a whole',
      rank: 'Ranks (from published results)',
      coverage: 'Reporting coverage',
      lagging: 'Lagging indicators, explanations and directives',
      other: 'Other templates',
    },
    edited: 'Edited',
    default: 'Default',
    placeholders: 'Placeholders allowed:',
    noPlaceholders: 'none',
    defaultText: 'Default:',
    updated: 'Edited by {{by}} at {{at}}',
    edit: 'Edit',
    reset: 'Reset to default',
    textLabel: 'Template text',
    textHint: 'Default: {{default}}',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    confirmTitle: 'Reset the template to its default?',
    confirmBody: 'The edited text is dropped; reports generated afterwards use the default sentence again:',
    confirmReset: 'Reset',
  },
} as const;
