/**
 * WCAG AA contrast of the design system, computed from the tokens the app ships (tokens.css, read as text) and the
 * colours charts use as values: every text colour ≥ 4.5:1 on the backgrounds it is used on; the focus ring, input
 * edges and chart lines ≥ 3:1 against what they sit on (non-text contrast, 1.4.11). A token changed to a paler
 * shade fails here.
 */
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CHART_COLORS } from '../components/charts/colors';

// Read as a file: vitest hands CSS imports over empty.
const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
const tokens = new Map([...css.matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!]));

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const color = (name: string) => {
  const value = tokens.get(name);
  if (!value) throw new Error(`no --${name} in tokens.css`);
  return value;
};

it('computes the ratios WCAG gives (black on white 21:1, a colour on itself 1:1)', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#777777')).toBe(1);
  expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5); // the palest grey that passes on white
  expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
});

it('every text colour of the design system meets WCAG AA (4.5:1) on the backgrounds it is used on', () => {
  const pairs: [text: string, background: string][] = [
    ['color-text', 'color-surface'],
    ['color-text', 'color-bg'],
    ['color-text-muted', 'color-surface'],
    ['color-text-muted', 'color-bg'],
    ['color-text-muted', 'color-surface-sunken'],
    ['color-text-muted', 'color-primary-soft'],
    ['color-primary', 'color-surface'],
    ['color-primary', 'color-bg'], // links on the page background
    ['color-primary', 'color-primary-soft'],
    ['color-primary-hover', 'color-primary-soft'], // a link hovered in a notice
    ['color-on-primary', 'color-primary'], // the header and the wall's bar
    ['color-on-primary', 'color-primary-hover'],
    ['color-danger', 'color-surface'],
    ['color-danger', 'color-danger-soft'], // "Mất kết nối, đang thử lại"
    ['color-success', 'color-success-soft'],
    ['color-warning', 'color-warning-soft'], // the rate-mismatch and approximate badges
    ['color-warning', 'color-surface'],
    ['color-text', 'color-danger-soft'],
    ['color-text', 'color-warning-soft'],
  ];
  for (const [text, background] of pairs) expect(contrast(color(text), color(background)), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
  // The skip link: near-black on the flag's gold.
  expect(contrast('#101820', color('color-gold'))).toBeGreaterThanOrEqual(4.5);
  // Input edges are a control's boundary: 3:1 (WCAG 1.4.11).
  expect(contrast(color('color-border-strong'), color('color-surface'))).toBeGreaterThanOrEqual(3);
});

it('the focus ring shows on light surfaces and on navy: its outer tone on white and grey, its inner tone on navy (3:1)', () => {
  const ring = /--focus-ring:\s*0 0 0 \d+px (#[0-9a-f]{6}),\s*0 0 0 \d+px (#[0-9a-f]{6})/i.exec(css);
  expect(ring, '--focus-ring: two tones').not.toBeNull();
  const [, inner, outer] = ring as unknown as [string, string, string];
  for (const background of ['color-surface', 'color-bg', 'color-primary-soft', 'color-surface-sunken'])
    expect(contrast(outer, color(background)), `focus ring on ${background}`).toBeGreaterThanOrEqual(3);
  expect(contrast(inner, color('color-primary')), 'focus ring on the navy header').toBeGreaterThanOrEqual(3);
});

it('chart lines stand out from the card they are drawn on (3:1)', () => {
  expect(contrast(CHART_COLORS.value, color('color-surface'))).toBeGreaterThanOrEqual(3);
  expect(contrast(CHART_COLORS.target, color('color-surface'))).toBeGreaterThanOrEqual(3);
});
