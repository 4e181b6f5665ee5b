import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['engine/**/*.test.ts', 'connector/**/*.test.ts', 'cli/**/*.test.ts', 'widget/**/*.test.ts', 'fake-org/**/*.test.ts', 'test/**/*.test.ts'],
    // Integration tests load the shared order file (320k lines) once per file.
    testTimeout: 60_000,
    // Vitest's default (one worker less than the cores) is a single worker on a 2-core machine, where the
    // browser tests mostly wait on Chromium (its own processes): two workers take npm test from 8.2 to 5.2 min there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    hookTimeout: 60_000,
    // On CI, also a JSON report, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test/artifacts/vitest.json' }]] : ['default'],
  },
});
