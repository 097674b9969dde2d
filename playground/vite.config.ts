/**
 * Vite configuration of the playground (`npm run playground`, `npm run playground:build`). The
 * app imports dockersim by its public entry points; like vitest.config.ts, they resolve to the
 * sources, so the playground always runs the model of the checkout it sits in.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: [
      { find: /^dockersim$/, replacement: src('index.ts') },
      { find: /^dockersim\/cli$/, replacement: src('cli/index.ts') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
