import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['appliance/**/*.test.ts', 'cloud-relay/**/*.test.ts', 'os-image/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['node_modules/**', 'dist/**', 'appliance/web/**'],
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
          // A real appliance on loopback for the tests of the typed API wrapper and the screens that call it.
          globalSetup: ['test/support/web-test-appliance.ts'],
        },
      },
    ],
  },
});
