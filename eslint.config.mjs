// Lint by machine: Next's core-web-vitals rules, typescript-eslint, TanStack Query's rules, and
// Prettier's config last so that formatting is Prettier's alone (`npm run lint` checks both).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FlatCompat } from '@eslint/eslintrc';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const compat = new FlatCompat({ baseDirectory: dirname(fileURLToPath(import.meta.url)) });

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'test-artifacts/**',
      '.neo4j-local/**',
      'next-env.d.ts',
      'neo4j-local/target/**',
    ],
  },
  ...compat.extends('next/core-web-vitals'),
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests and scripts are not pages: Next's page rules do not apply there.
    files: ['tests/**', 'scripts/**', 'bench/**', 'graph-seed/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    // Tests read JSON bodies of many shapes; typing each one would say nothing the assertions do not.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
