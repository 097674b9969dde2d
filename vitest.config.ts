import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  // Docs examples import the package by name, as users do; tests resolve it to the sources.
  resolve: {
    alias: [
      { find: /^dockersim$/, replacement: src('index.ts') },
      { find: /^dockersim\/cli$/, replacement: src('cli/index.ts') },
      { find: /^dockersim\/testing$/, replacement: src('testing/index.ts') },
      { find: /^dockersim\/node$/, replacement: src('node/index.ts') },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    benchmark: {
      include: ['bench/**/*.bench.ts'],
      reporters: ['default', './bench/ratio-reporter.ts'],
    },
  },
});
