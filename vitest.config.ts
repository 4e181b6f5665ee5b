import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['engine/**/*.test.ts', 'connector/**/*.test.ts', 'cli/**/*.test.ts', 'widget/**/*.test.ts', 'fake-org/**/*.test.ts', 'test/**/*.test.ts'],
    // Integration tests load the shared order file (320k lines) once per file.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // On CI, also a JSON report, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test/artifacts/vitest.json' }]] : ['default'],
  },
});
