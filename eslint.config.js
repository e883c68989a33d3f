// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** One lint configuration for every workspace; type-aware rules need the project service. */
export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tsbuild/**',
      'bench/.build/**',
      'data/**',
      'coverage/**',
      'test-results/**',
      '**/*.config.js',
      '**/*.config.cjs',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: [
      '**/scripts/**',
      'scripts/**',
      'bench/**',
      '**/bin/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/e2e/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['addin-outlook/src/**', 'dashboard/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'express',
                'kysely',
                'react',
                'react-dom',
                '@fluentui/*',
                'pg',
                'better-sqlite3',
                'node:*',
                'fs',
                'path',
                'http',
                'https',
                'net',
                'child_process',
                'os',
                'crypto',
                '@relance/server',
                '@relance/addon-gmail',
              ],
              message: 'shared/ is pure: no I/O, framework or platform imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'fetch', 'localStorage', 'document', 'window'],
    },
  },
);
