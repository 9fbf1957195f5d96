// Lint: typescript-eslint's recommended rules plus the structure docs/ARCHITECTURE.md states:
//   the dependency direction domain ← store ← compute ← app ← server, cli, reports (domain imports nothing of
//   ours); SQL (Kysely builder calls, kysely's `sql` and other values) in src/store only; transactions opened
//   in src/app or src/store; server and cli call app, naming the store only for its types and to open and
//   migrate it.
// web/src: imports flow app → features → shared, features never import each other, nothing outside web/src,
// and every text shown to people comes from the i18n catalogue (web/eslint/rules.js); React's hook rules.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { webRules } from './web/eslint/rules.js';

const ARCH = 'see docs/ARCHITECTURE.md';
const SQL_BUILDERS = 'selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto';

/**
 * The imports a layer may not make: the layers above it, kysely's values outside store (SQL lives in src/store;
 * its types may be named anywhere) and, for server and cli, store itself but for its types and the two
 * bootstrap modules (db.ts opens a store, migrate.ts brings it up to date): they call app/ only.
 */
const layer = (from, forbidden, { storeOnlyForBootstrap = false } = {}) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths:
          from === 'store'
            ? []
            : [
                {
                  name: 'kysely',
                  allowTypeImports: true,
                  message: `SQL lives in src/store only; elsewhere import kysely's types only (${ARCH}, the rule for SQL).`,
                },
              ],
        patterns: [
          ...forbidden.map((to) => ({
            group: [`**/${to}/*`, `**/${to}/**`],
            message: `src/${from} must not import src/${to} (${ARCH}, dependency direction).`,
          })),
          ...(storeOnlyForBootstrap
            ? [
                {
                  group: ['**/store/**', '!**/store/db.ts', '!**/store/migrate.ts'],
                  allowTypeImports: true,
                  message: `src/${from} calls src/app, not the store (its types, db.ts and migrate.ts excepted; ${ARCH}).`,
                },
                { group: ['**/compute/**'], allowTypeImports: true, message: `src/${from} calls src/app, not compute (its types excepted; ${ARCH}).` },
              ]
            : []),
        ],
      },
    ],
    ...(from === 'store'
      ? {}
      : {
          'no-restricted-syntax': [
            'error',
            { selector: `CallExpression[callee.property.name=/^(${SQL_BUILDERS})$/]`, message: `SQL lives in src/store only (${ARCH}, the rule for SQL).` },
            ...(from === 'app'
              ? []
              : [
                  {
                    selector: "CallExpression[callee.property.name='transaction']",
                    message: `Transactions are opened by the use cases in src/app (or store's inTransaction), not in src/${from} (${ARCH}).`,
                  },
                ]),
          ],
        }),
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
  layer('server', ['cli'], { storeOnlyForBootstrap: true }),
  layer('cli', [], { storeOnlyForBootstrap: true }),
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
