// ESLint for the whole project: typescript-eslint's type-aware recommended rules on every
// TypeScript file, eslint-plugin-astro's recommended rules on .astro files. `npm test` runs it
// with --max-warnings 0. Tuning lives here and nowhere else; each change says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'tests/.tmp/',
      'bench/.corpus/',
      'bench/.out/',
      'screenshots/',
      'public/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,mts,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Unused names are errors, but a leading underscore marks one kept on purpose
      // (a parameter a callback signature requires).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Tests and the benchmark read untyped things on purpose: JSON.parse of built files, parsed
    // feeds, values returned from page.evaluate in Chromium. Typing every probe would add casts,
    // not safety, so the no-unsafe-* family is off there (src/ keeps it).
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // typescript-eslint cannot read .astro files, so a component imported into a .ts module has
    // an error type here; `astro check` (run by npm test) type-checks those imports instead.
    files: ['src/components/mdx/index.ts', 'src/site/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  ...astro.configs.recommended,
);
