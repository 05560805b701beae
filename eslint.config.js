// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'var', 'data', 'coverage', 'web/dist', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The launchers under bin/ are plain Node.js scripts.
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The core is pure: no I/O, no process, no clock, no ambient randomness (docs/ARCHITECTURE.md).
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'http', 'os', 'child_process'],
              message: 'src/core is pure: pass data in.',
            },
            {
              group: [
                '**/app/**',
                '**/adapters/**',
                '**/http/**',
                '**/cli/**',
                '**/main/**',
                '**/config/**',
              ],
              message: 'core imports only core.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG in core/random.' },
        { object: 'Date', property: 'now', message: 'Pass the clock in.' },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    ignores: ['src/app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/adapters/**', '**/http/**', '**/cli/**', '**/main/**'],
              message: 'app depends only on core (ports are owned here).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/**/*.ts', 'src/http/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**'], message: 'Nothing imports main (the composition root).' },
          ],
        },
      ],
    },
  },
);
