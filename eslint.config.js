// @ts-check
/**
 * ESLint, run by `npm test` (`npm run lint`) with no warning allowed. Formatting is Prettier's job
 * (prettier.config.js), so nothing here is about layout.
 *
 * Accessibility: eslint-plugin-jsx-a11y-x is the maintained fork of eslint-plugin-jsx-a11y with
 * the same rules (the original declares no support for ESLint 10, so npm refuses to install it
 * beside it); eslint-plugin-astro applies those rules to .astro templates as `astro/jsx-a11y/*`
 * and the plugin's own as `jsx-a11y-x/*` to the contact form island (.tsx). They read the source:
 * axe-core in the browser tests still checks what is rendered.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', '.wrangler/', 'test-results/', 'playwright-report/', 'bench-results/']),
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-strict'],
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.strict,
  },
  {
    // Everything outside src/ runs in Node (config, scripts, tests, fake servers).
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // tsconfig's noUncheckedIndexedAccess types every `list[i]` as possibly undefined; `!` after an
      // index the code has just checked or computed is this project's way of saying so, and a wrong
      // one throws on the spot in a test.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `const { omitted: _omitted, ...rest } = object` is how the code leaves a key out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests unset environment variables by name; `process.env[name] = undefined` would set the
      // string "undefined" instead.
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    // Code shipped to browsers lives in `browser/` folders (README, "The code").
    files: ['src/**/browser/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/offline/browser/sw.js', 'src/offline/browser/sw-remove.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  // Last: turns off the rules Prettier's layout can trip (no-unexpected-multiline on a call
  // continued by `['key']` on the next line), so `npm run format` never breaks `npm run lint`.
  prettier,
);
