import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Caps for a loaded machine, not measures: the slowest tests without a cap of their own took up to
    // 15 s of the 20 s they had in the landing train's runs on this 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
