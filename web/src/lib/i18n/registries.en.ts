/** English strings of the registries' shared screens (registries.vi.ts is the reference). */
export const registriesEn = {
  registries: {
    figuresTitle: 'Digital transformation programmes and tasks',
    figuresLoading: 'Loading the registry figures…',
    figuresNone: 'No figures from the registries yet',
    figuresNoneHelp:
      'These figures are counted from the task, DX product and community tech team registries of {{unit}}. They appear once records are registered.',
    registry: {
      tasks: 'Tasks',
      products: 'DX products',
      teams: 'Community digital technology teams',
    },
    computed: 'Counted from a registry, not entered',
    seeRecords: 'See records',
    seeRecordsOf: 'See the records behind “{{name}}”',
    recordsTitle: 'The records behind the figure',
    recordsContext: '{{name}} — {{unit}}, {{period}}',
    recordsLoading: 'Loading the records…',
    recordsTotal_one: '{{formatted}} record',
    recordsTotal_other: '{{formatted}} records',
    recordsNone: 'No record is counted',
    recordsNoneHelp: 'The figure is 0: {{unit}} has no record for {{period}}. Register records in the registry to move it.',
    column: { title: 'Record', unit: 'Unit', state: 'State', date: 'Date', counts: 'Counts' },
    state: {
      tasks: { not_started: 'Not started', in_progress: 'In progress', completed: 'Completed', paused: 'Paused', overdue: 'Overdue' },
      products: { registered: 'Registered', in_progress: 'In progress', completed: 'Completed', evaluated: 'Evaluated', withdrawn: 'Withdrawn' },
      teams: { active: 'Active', dissolved: 'Dissolved' },
    },
    simulated: 'simulated',
    simulatedNote: 'Records marked “simulated” are demo data invented to illustrate, not real records.',
    previous: '‹ Previous',
    next: 'Next ›',
    pageOf: 'Records {{from}}–{{to}} of {{total}}',
    back: 'Back to the indicator',
  },
};
