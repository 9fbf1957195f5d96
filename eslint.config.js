// Lint: typescript-eslint's recommended rules plus the dependency direction from docs/ARCHITECTURE.md:
//   domain ← store ← compute ← app ← server, cli, reports.  Domain imports nothing of ours.
import tseslint from 'typescript-eslint';

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
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', 'web/dist/**', '.tmp/**'] },
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
);
