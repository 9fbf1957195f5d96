/** Colours a canvas chart needs as values (it cannot read CSS variables): the same as styles/tokens.css. */
export const CHART_COLORS = {
  value: '#0b3a6e', // --color-primary
  target: '#b3141b', // --color-accent
  grid: '#b8c2cf', // --color-border
} as const;

/** Five sequential blues for a choropleth's classes (light = low), distinguishable in greyscale; and "no data". */
export const CLASS_COLORS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const NO_DATA_COLOR = '#d5dbe3'; // between --color-surface-sunken and --color-border: islands stay visible
