/** English strings of the administration home (/admin): the same keys as admin.vi.ts. */
import type { adminVi } from './admin.vi';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const adminEn: Strings<typeof adminVi> = {
  admin: {
    title: 'Administration',
    intro: 'Set up the catalogues, report forms, plans, scoring frameworks, administrative units and accounts.',
    sections: {
      elements: { title: 'Data elements', body: 'The figures collected: value type, reporting period, bounds.' },
      indicators: { title: 'Indicators', body: 'Indicators computed from data elements by a formula, with a value preview.' },
      datasets: { title: 'Report forms', body: 'Elements by section, assigned units, deadlines.' },
      plans: { title: 'Plans and targets', body: 'Plans and yearly targets; copy national targets to the provinces.' },
      frameworks: { title: 'Scoring frameworks', body: 'The edition tree, draft runs, publishing, the diff between revisions.' },
      'report-templates': { title: 'Report sentence templates', body: 'The sentences of the progress report: reword them, reset them to the default.' },
      units: { title: 'Administrative units', body: 'Rename, merge, split, re-code, end a unit, with a date and legal basis.' },
      users: { title: 'Users', body: 'Create and disable accounts; roles and unit scopes; the review after the reform.' },
      tokens: { title: 'API tokens', body: 'Tokens for source systems that send figures; the secret is shown once.' },
      'open-data': { title: 'Open data', body: 'Publish indicators and rankings on the open data portal, no sign-in needed.' },
      audit: { title: 'Audit trail', body: 'Who did what and when: filter by actor, entity and date.' },
    },
  },
};
