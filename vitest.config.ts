import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    env: {TZ: 'UTC'},
    // Unit and content tests run beside the build tests (two workers); builds and browser tests each take the whole
    // machine, so their projects run one file at a time (singleFork), the browser tests after the rest
    // (sequence.groupOrder). Two browser files at a time were measured slower on two cores: each took 2–2.5 × as long.
    fileParallelism: true,
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          environment: 'node',
          sequence: {groupOrder: 0},
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          // The fixture site that most build tests read, built once (tests/build/fixture/site.ts).
          globalSetup: ['tests/build/globalSetup.ts'],
          poolOptions: {forks: {singleFork: true}},
          sequence: {groupOrder: 0},
          // Each case is a whole Docusaurus build.
          testTimeout: 180_000,
          // A Chromium started beside a build; what a page shows after an action (basePath.test.ts), as for e2e.
          hookTimeout: 120_000,
          expect: {poll: {timeout: 10_000}},
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          poolOptions: {forks: {singleFork: true}},
          sequence: {groupOrder: 1},
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
