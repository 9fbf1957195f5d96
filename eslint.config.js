// Lint: typescript-eslint's recommended rules plus the dependency direction from docs/ARCHITECTURE.md:
//   domain ← store ← compute ← app ← server, cli, reports.  Domain imports nothing of ours.
// web/src: imports flow app → features → shared, features never import each other, nothing outside web/src,
// and every text shown to people comes from the i18n catalogue (web/eslint/rules.js); React's hook rules.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { webRules } from './web/eslint/rules.js';

const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((to) => ({
          group: [`**/${to}/*`, `**/${to}/**`],
          message: `src/${from} must not import src/${to} (see docs/ARCHITECTURE.md, dependency direction).`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', 'web/dist/**', '.tmp/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer('domain', ['store', 'compute', 'app', 'reports', 'server', 'cli']),
  layer('store', ['compute', 'app', 'reports', 'server', 'cli']),
  layer('compute', ['app', 'reports', 'server', 'cli']),
  layer('app', ['reports', 'server', 'cli']),
  layer('reports', ['server', 'cli']),
  layer('server', ['cli']),
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, web: webRules },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'web/import-direction': 'error',
    },
  },
  {
    files: ['web/src/**/*.tsx'],
    ignores: ['web/src/**/*.test.tsx'],
    rules: { 'web/no-literal-ui-text': 'error' },
  },
);
