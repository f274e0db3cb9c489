/**
 * ESLint 9 flat config: typescript-eslint with type information, React, hooks and jsx-a11y for the browser code,
 * and the rules of Kibana's own lint that fit a plugin built outside Kibana's repository. `npm run lint` allows no
 * warning. A rule turned off here or in a file says why.
 */
'use strict';
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const react = require('eslint-plugin-react');
const reactHooks = require('eslint-plugin-react-hooks');
const jsxA11y = require('eslint-plugin-jsx-a11y');
const globals = require('globals');

const TS_FILES = ['**/*.{ts,tsx}'];
const BROWSER_FILES = ['public/**/*.{ts,tsx}', 'dev/local_host/browser/**/*.{ts,tsx}'];
const TEST_FILES = ['**/*.test.{ts,tsx}', '**/test_utils/**/*.{ts,tsx}'];
/**
 * Off in tests and functional specs: they read response bodies and files with JSON.parse (typed `any`) and the
 * assertion right after is what checks their shape; casting each to a type first would only hide a wrong shape
 * behind a cast. Production code keeps these rules.
 */
const TEST_UNSAFE_ANY = {
  '@typescript-eslint/no-unsafe-assignment': 'off',
  '@typescript-eslint/no-unsafe-member-access': 'off',
  '@typescript-eslint/no-unsafe-call': 'off',
  '@typescript-eslint/no-unsafe-return': 'off',
  '@typescript-eslint/no-unsafe-argument': 'off',
};
/** Places where Kibana's tooling requires a default export: FTR configs and the spec files they load. */
const DEFAULT_EXPORT_FILES = ['test/functional/**/*.ts'];

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/',
      'build/',
      'target/',
      'coverage/',
      '.local_host/',
      '.stryker-tmp/',
      'reports/',
      'test/functional/failures/',
      'docs/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },

  {
    files: TS_FILES,
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // The functional suite and its runner have their own tsconfig (Mocha's types, not Jest's).
      parserOptions: {
        project: ['./tsconfig.json', './test/functional/tsconfig.json'],
        tsconfigRootDir: __dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      // Kibana's types come from Kibana at run time; this repository only declares them (typings/kibana).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@kbn/*'],
              allowTypeImports: true,
              message:
                'Kibana packages are not on npm and a plugin gets them from Kibana: use `import type` only.',
            },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/consistent-type-exports': 'error',
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message:
            'Use a named export (Kibana requires default exports only of FTR configs and specs).',
        },
        {
          selector: 'ExportNamedDeclaration > ExportSpecifier[exported.name="default"]',
          message:
            'Use a named export (Kibana requires default exports only of FTR configs and specs).',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Off: async functions here implement Promise-returning interfaces (Kibana's start services, licensing,
      // the directory service); an async one that has nothing to await still rejects instead of throwing, which
      // is what those callers handle.
      '@typescript-eslint/require-await': 'off',
    },
  },

  {
    files: BROWSER_FILES,
    extends: [
      react.configs.flat.recommended,
      react.configs.flat['jsx-runtime'],
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
    ],
    settings: { react: { version: '18.3' } },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // TypeScript checks the props; propTypes would repeat them at run time.
      'react/prop-types': 'off',
      // Kibana's convention (and its lint) imports React in every JSX file; with the automatic runtime that import
      // is still the file's link to React, so it counts as used rather than being removed from every component.
      'react/jsx-uses-react': 'error',
    },
  },

  {
    files: TEST_FILES,
    languageOptions: { globals: { ...globals.jest } },
    rules: {
      // Off in tests: `expect(service.method).toHaveBeenCalled()` passes a jest.fn, which has no `this` to lose.
      '@typescript-eslint/unbound-method': 'off',
      ...TEST_UNSAFE_ANY,
    },
  },

  {
    files: ['test/functional/**/*.ts', 'test/functional_runner/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  {
    // The functional runner stands in for Kibana's FTR, whose Config.get returns `any`: same reason as tests.
    files: ['test/functional/**/*.ts', 'test/functional_runner/**/*.ts'],
    rules: TEST_UNSAFE_ANY,
  },
  {
    // Declarations of Kibana's own types (typings/kibana, the FTR context) copy Kibana's signatures, `any` and
    // `{}` included, so that code written against them compiles unchanged inside Kibana.
    files: ['typings/**/*.d.ts', 'test/functional/**/*.d.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
    },
  },
  {
    files: DEFAULT_EXPORT_FILES,
    rules: {
      'no-restricted-syntax': 'off',
      // FTR providers are destructured from their context (`{ getService }`), Kibana's own pattern: they are
      // plain functions that never use `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  }
);
