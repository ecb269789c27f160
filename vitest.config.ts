import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    env: {TZ: 'UTC'},
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
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
          // One Chromium and one server for all files; files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
