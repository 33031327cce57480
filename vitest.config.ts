/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects: `unit` (pure code, schemas, components), `build` (builds the site once and
// inspects dist/), `e2e` (the built site in real Chromium). `npm test` runs the first two.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The benchmark's own tests live beside it, so tests/ and bench/ never import each other.
          include: ['tests/unit/**/*.test.ts', 'bench/tests/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
