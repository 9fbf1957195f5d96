import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** The design tokens' colours, read from the CSS the app ships. */
const css = readFileSync(join(import.meta.dirname, '..', '..', 'web', 'src', 'styles', 'tokens.css'), 'utf8');
const tokens = new Map([...css.matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!]));

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const color = (name: string) => {
  const value = tokens.get(name);
  if (!value) throw new Error(`no --${name} in tokens.css`);
  return value;
};

it('every text colour of the design system meets WCAG AA (4.5:1) on the backgrounds it is used on', () => {
  const pairs: [text: string, background: string][] = [
    ['color-text', 'color-surface'],
    ['color-text', 'color-bg'],
    ['color-text-muted', 'color-surface'],
    ['color-text-muted', 'color-bg'],
    ['color-text-muted', 'color-surface-sunken'],
    ['color-text-muted', 'color-primary-soft'],
    ['color-primary', 'color-surface'],
    ['color-primary', 'color-primary-soft'],
    ['color-on-primary', 'color-primary'],
    ['color-on-primary', 'color-primary-hover'],
    ['color-danger', 'color-surface'],
    ['color-danger', 'color-danger-soft'],
    ['color-success', 'color-success-soft'],
    ['color-warning', 'color-warning-soft'],
    ['color-text', 'color-danger-soft'],
    ['color-text', 'color-warning-soft'],
  ];
  for (const [text, background] of pairs) expect(contrast(color(text), color(background)), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
  // Input edges are a control's boundary: 3:1 (WCAG 1.4.11).
  expect(contrast(color('color-border-strong'), color('color-surface'))).toBeGreaterThanOrEqual(3);
});
