import type { Rule } from 'eslint';

export function zoneOf(path: string): string | null;
export function importProblem(from: string, to: string | null): 'outside' | 'app' | 'shared' | 'feature' | null;
export const webRules: { rules: { 'import-direction': Rule.RuleModule; 'no-literal-ui-text': Rule.RuleModule } };
