/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets these tests render .astro components with the Container API.
export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/unit/components/**/*.test.ts'],
    // Astro's Vite setup is most of the cost: load it once for every file, not once per file.
    isolate: false,
  },
});
