import { defineConfig } from 'vitest/config';

// Four projects, by what a test needs to run (README, "Tests"):
// - unit: pure functions in plain Node, no Astro Vite config, the seconds-long loop while working;
// - components: .astro rendered with the Container API, under Astro's Vite config (its own file);
// - property: generated-input tests, thorough and slow;
// - build: real builds, a dev server and other spawned processes.
// `npm run test:unit` runs the first two; `npm run test:all` (part of `npm test`) runs all four.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/components/**', 'tests/unit/property/**'],
          // One module graph for every file: pure tests share nothing mutable, and a fresh
          // worker per file cost three times the CPU of the tests themselves on two cores.
          isolate: false,
        },
      },
      './vitest.components.config.ts',
      { test: { name: 'property', include: ['tests/unit/property/**/*.test.ts'] } },
      // One at a time: each file runs real builds or servers, which share the build lock and two cores.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
