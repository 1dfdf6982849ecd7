// ESLint for the whole repository: typescript-eslint's recommended rules (not type-checked, so a run
// stays fast; `tsc --noEmit` in `npm test` does the type checking), React's hook rules for the web page,
// and no focused or skipped tests committed. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** The globals of Node's CommonJS scripts (scripts/*.js, jest.config.js); the `globals` package is not installed here. */
const NODE_GLOBALS = Object.fromEntries(
  [
    'require',
    'module',
    'exports',
    '__dirname',
    '__filename',
    'process',
    'console',
    'Buffer',
    'URL',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'fetch',
    'AbortController',
    'AbortSignal',
  ].map((name) => [name, 'readonly']),
);

const FOCUSED_OR_SKIPPED = ['describe', 'it', 'test'].flatMap((object) =>
  ['only', 'skip'].map((property) => ({ object, property, message: `\`${object}.${property}\` must not be committed: it silently leaves tests out.` })),
);

export default defineConfig([
  globalIgnores(['dist/', 'coverage/', '.data/', 'node_modules/', 'bench/results/', 'apps/web/src/api/schema.d.ts']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-properties': ['error', ...FOCUSED_OR_SKIPPED],
      'no-restricted-globals': [
        'error',
        { name: 'fit', message: 'A focused test must not be committed.' },
        { name: 'xit', message: 'A skipped test must not be committed.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: NODE_GLOBALS },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
]);
