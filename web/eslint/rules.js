// Local ESLint rules for web/src (used by the root eslint.config.js):
//  - import-direction: imports flow app → features → shared (components/, lib/, styles/, assets/); a feature never
//    imports another feature; nothing in web/src imports files outside it (the server's code is reached over HTTP).
//  - no-literal-ui-text: text shown to people (JSX text, aria-label, title, placeholder, alt, label props) comes from
//    the i18n catalogue (lib/i18n/vi.ts, en.ts), never a literal in a component.
import { dirname, resolve, sep } from 'node:path';

const WEB_SRC = `${sep}web${sep}src${sep}`;

/** 'app', 'entry' (main.tsx), 'feature:<name>' or 'shared', for a path under web/src; null outside it. */
export function zoneOf(path) {
  const at = path.lastIndexOf(WEB_SRC);
  if (at < 0) return null;
  const [first, second] = path.slice(at + WEB_SRC.length).split(sep);
  if (first === 'app') return 'app';
  if (first === 'features') return second ? `feature:${second}` : 'shared';
  if (first === 'main.tsx' || first === 'main.ts') return 'entry';
  return 'shared';
}

function srcRootOf(path) {
  const at = path.lastIndexOf(WEB_SRC);
  return at < 0 ? null : path.slice(0, at + WEB_SRC.length - 1);
}

/** Why `from` may not import `to` (null when it may). */
export function importProblem(from, to) {
  if (to === null) return 'outside';
  if (from === 'app' || from === 'entry') return null;
  if (to === 'app' || to === 'entry') return 'app';
  if (from === 'shared' && to !== 'shared') return 'shared';
  if (from.startsWith('feature:') && to.startsWith('feature:') && to !== from) return 'feature';
  return null;
}

const MESSAGES = {
  outside: 'web/src must not import "{{source}}": it is outside web/src (the server is reached through its HTTP API and the generated types).',
  app: '"{{source}}" is in app/: only app/ and main.tsx import it (imports flow app → features → shared).',
  shared: 'Shared code (components/, lib/) must not import "{{source}}" from a feature: imports flow app → features → shared.',
  feature: 'Features never import each other: "{{source}}" belongs to another feature; compose them in app/, or move the shared part to components/ or lib/.',
};

const importDirection = {
  meta: { type: 'problem', docs: { description: 'imports flow app → features → shared in web/src' }, messages: MESSAGES, schema: [] },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const from = zoneOf(file);
    const root = srcRootOf(file);
    if (!from || !root) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      let target;
      if (source.startsWith('@/')) target = resolve(root, source.slice(2));
      else if (source.startsWith('.')) target = resolve(dirname(file), source);
      else return; // a package
      const problem = importProblem(from, target.startsWith(root + sep) ? zoneOf(target) : null);
      if (problem) context.report({ node, messageId: problem, data: { source } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

const TEXT_PROPS = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'legend', 'hint']);
const LETTER = /\p{L}/u;

const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'text shown to people comes from the i18n catalogue' },
    messages: { literal: 'Text shown to people comes from the catalogue (t(\'…\') with lib/i18n/vi.ts and en.ts), not a literal: "{{text}}".' },
    schema: [],
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
    const literalText = (node) => {
      if (!node) return null;
      if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
      if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join(' ');
      return null;
    };
    return {
      JSXText(node) {
        if (LETTER.test(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent?.type !== 'JSXElement' && node.parent?.type !== 'JSXFragment') return;
        const text = literalText(node.expression);
        if (text !== null && LETTER.test(text)) report(node, text);
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null;
        if (!name || !TEXT_PROPS.has(name)) return;
        const text =
          node.value?.type === 'Literal' ? literalText(node.value) : node.value?.type === 'JSXExpressionContainer' ? literalText(node.value.expression) : null;
        if (text !== null && LETTER.test(text)) report(node, text);
      },
    };
  },
};

export const webRules = { rules: { 'import-direction': importDirection, 'no-literal-ui-text': noLiteralUiText } };
