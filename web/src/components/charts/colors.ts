/** Colours a canvas chart needs as values (it cannot read CSS variables): the same as styles/tokens.css. */
export const CHART_COLORS = {
  value: '#0b3a6e', // --color-primary
  target: '#b3141b', // --color-accent
  grid: '#b8c2cf', // --color-border
} as const;
