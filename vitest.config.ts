import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import LongFilesFirst from './test/support/long-files-first.js';

/** The relay's tests share one Postgres for the run (`test/support/shared-postgres.ts`). */
const sharedPostgres = 'test/support/shared-postgres.ts';

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    // Known-long files first within their project, so a clean clone does not end on one of them.
    sequence: { sequencer: LongFilesFirst },
    projects: [
      {
        // In-process tests: modules, workflows, the relay against Postgres, the API and docs checks.
        // A worker keeps the modules it imported for its next file (isolate: false): loading the
        // appliance's module graph again for every file was a third of the suite's CPU. Each file
        // still builds its own appliance, databases and ports, and restores what it changes.
        extends: true,
        test: {
          name: 'unit',
          include: ['appliance/**/*.test.ts', 'cloud-relay/**/*.test.ts', 'os-image/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['node_modules/**', 'dist/**', 'appliance/web/**', 'test/e2e/**'],
          isolate: false,
          globalSetup: [sharedPostgres],
        },
      },
      {
        // The built appliance, relay and browsers as real processes, one fresh worker per file.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: [sharedPostgres],
        },
      },
      {
        // The web apps' components (appliance/web), rendered into a DOM by @testing-library/preact.
        extends: true,
        plugins: [preact()],
        test: {
          name: 'web',
          include: ['appliance/web/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // As the unit project: a worker keeps happy-dom and Preact loaded for its next file (a fresh
          // fork per file spent most of this project's time loading them). Each file unmounts what
          // it rendered (`cleanup`) and changes no globals.
          isolate: false,
          // A real appliance on loopback for the tests of the typed API wrapper and the screens that call it.
          globalSetup: ['test/support/web-test-appliance.ts'],
        },
      },
    ],
  },
});
