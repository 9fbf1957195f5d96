import { describe, it } from 'vitest';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { webRules } from '../../web/eslint/rules.js';

// RuleTester reports through vitest's describe/it.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } } });
const file = (path: string) => `/repo/web/src/${path}`;

tester.run('web/import-direction', webRules.rules['import-direction'], {
  valid: [
    {
      filename: file('app/routes/app/overview.tsx'),
      code: "import { UnitPicker } from '@/features/units/components/unit-picker'; import { IndicatorFigure } from '@/features/overview/components/indicator-figure';",
    },
    {
      filename: file('features/units/components/unit-picker.tsx'),
      code: "import { useUnit } from '../api/get-unit'; import { Dialog } from '@/components/ui/dialog'; import { useLanguage } from '@/lib/i18n';",
    },
    { filename: file('lib/auth.tsx'), code: "import { data } from './api/client'; import { useQuery } from '@tanstack/react-query';" },
    {
      filename: file('components/errors/api-error-notice.tsx'),
      code: "import { Notice } from '@/components/ui/notice'; import { ApiError } from '@/lib/api/errors';",
    },
    { filename: file('main.tsx'), code: "import { App } from './app';" },
    { filename: '/repo/web/scripts/api-types.ts', code: "import { buildApp } from '../../src/server/app.ts';" }, // tooling, not the app
  ],
  invalid: [
    {
      filename: file('features/overview/components/x.tsx'),
      code: "import { useUnit } from '@/features/units/api/get-unit';",
      errors: [{ messageId: 'feature' }],
    },
    { filename: file('features/overview/components/x.tsx'), code: "import { useUnit } from '../../units/api/get-unit';", errors: [{ messageId: 'feature' }] },
    {
      filename: file('features/overview/components/x.tsx'),
      code: "export { useUnit } from '@/features/units/api/get-unit';",
      errors: [{ messageId: 'feature' }],
    },
    { filename: file('lib/x.ts'), code: "import { UnitPicker } from '@/features/units/components/unit-picker';", errors: [{ messageId: 'shared' }] },
    { filename: file('components/ui/x.tsx'), code: "const m = import('../../features/units/api/get-unit');", errors: [{ messageId: 'shared' }] },
    { filename: file('features/units/api/x.ts'), code: "import { useScreen } from '@/app/routes/app/root';", errors: [{ messageId: 'app' }] },
    { filename: file('lib/x.ts'), code: "import { appError } from '../../../src/domain/errors.ts';", errors: [{ messageId: 'outside' }] },
  ],
});

tester.run('web/no-literal-ui-text', webRules.rules['no-literal-ui-text'], {
  valid: [
    { filename: file('features/x.tsx'), code: "const a = <p>{t('overview.title')}</p>;" },
    { filename: file('features/x.tsx'), code: 'const a = <p>{count} · {total} / — ›</p>;' },
    { filename: file('features/x.tsx'), code: 'const a = <input name="username" type="password" autoComplete="current-password" className="ui-input" />;' },
    { filename: file('features/x.tsx'), code: 'const a = <Button aria-label={t(\'unitPicker.change\')} variant="quiet" />;' },
  ],
  invalid: [
    { filename: file('features/x.tsx'), code: 'const a = <p>Trang điều hành</p>;', errors: [{ messageId: 'literal' }] },
    { filename: file('features/x.tsx'), code: "const a = <p>{'Overview'}</p>;", errors: [{ messageId: 'literal' }] },
    { filename: file('features/x.tsx'), code: 'const a = <button aria-label="Đóng" />;', errors: [{ messageId: 'literal' }] },
    {
      filename: file('features/x.tsx'),
      code: "const a = <TextField label={'Tên đăng nhập'} placeholder={`ví dụ`} />;",
      errors: [{ messageId: 'literal' }, { messageId: 'literal' }],
    },
  ],
});
