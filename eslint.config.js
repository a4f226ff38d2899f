// Lint: typescript-eslint recommended rules plus the dependency direction of the architecture:
// lib/ is pure (no entrypoints, no components, no browser APIs), components/ may use lib/,
// entrypoints/ may use lib/ and components/ but never each other.
import tseslint from 'typescript-eslint';

const noBrowserGlobals = {
  'no-restricted-globals': ['error',
    { name: 'document', message: 'lib/ is pure: take nodes as arguments instead of reaching for document.' },
    { name: 'window', message: 'lib/ is pure: no window.' },
    { name: 'chrome', message: 'lib/ is pure: no extension APIs.' },
    { name: 'browser', message: 'lib/ is pure: no extension APIs.' },
    { name: 'localStorage', message: 'lib/ is pure: no page storage.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'public/**', 'web-ext-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/storage.ts'],
    rules: {
      ...noBrowserGlobals,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/entrypoints/**', '**/components/**'], message: 'lib/ may import only lib/ and npm packages.' },
          { group: ['wxt/browser', 'wxt/utils/*', 'webextension-polyfill'], message: 'lib/ is pure: no extension APIs (settings storage lives in lib/storage.ts only).' },
        ],
      }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/**'], message: 'components/ may import lib/ and preact, not entrypoints.' }] }],
    },
  },
  {
    files: ['entrypoints/content/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../popup/**', '../background*', '../../entrypoints/**'], message: 'entrypoints never import each other.' }] }],
    },
  },
  {
    files: ['entrypoints/popup/**', 'entrypoints/library/**', 'entrypoints/options/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../content/**', '../background*', '../../entrypoints/**'], message: 'entrypoints never import each other.' }] }],
    },
  },
  {
    files: ['entrypoints/background.ts', 'entrypoints/background/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/content/**', '**/popup/**'], message: 'entrypoints never import each other.' }] }],
    },
  },
);
