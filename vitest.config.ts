import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    env: {TZ: 'UTC'},
    // Browser test files each start a Chromium; on two cores they run one
    // after another. Unit files are few and fast, so this costs them little.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // Each case is a whole Docusaurus build.
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // What a page shows after an action can take seconds on a busy 2-core machine (a build beside the tests);
          // a poll ends as soon as its condition holds, so a generous limit costs nothing when all is well.
          expect: {poll: {timeout: 10_000}},
          // Tests marked concurrent (one page per sitemap entry) run three at a time.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
