// SPDX-License-Identifier: GPL-3.0-or-later
// Lint rules for the web page's modules (browser globals), the node tests and the soak drivers (node globals). Run
// from the repository root by `scripts/box test` with --max-warnings 0.
import js from '@eslint/js';
import globals from 'globals';

export default [
  js.configs.recommended,
  {
    files: ['resources/web/js/**/*.js'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    files: ['tests/node/**/*.mjs', 'tests/soak/**/*.mjs'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  { ignores: ['**/node_modules/**', 'build/**'] },
];
