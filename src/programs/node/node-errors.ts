/**
 * @module
 * What node prints when it cannot start a script: the uncaught `MODULE_NOT_FOUND` error with the
 * loader's stack (its line numbers belong to each release line) and the `Node.js vX` trailer.
 */

/** The image's node version (`NODE_VERSION`, e.g. `18.20.8`). */
export function nodeVersion(env: { readonly [name: string]: string }): string {
  return env['NODE_VERSION'] ?? '22.14.0';
}

/** The loader frames of each major line, as its `run_main_module` throws. */
const FRAMES: { readonly [major: string]: { readonly throwAt: number; readonly stack: readonly string[] } } = {
  '18': {
    throwAt: 1080,
    stack: [
      'Module._resolveFilename (node:internal/modules/cjs/loader:1077:15)',
      'Module._load (node:internal/modules/cjs/loader:922:27)',
      'Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:86:12)',
      'node:internal/main/run_main_module:23:47',
    ],
  },
  '20': {
    throwAt: 1228,
    stack: [
      'Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
      'Module._load (node:internal/modules/cjs/loader:1051:27)',
      'Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:174:12)',
      'node:internal/main/run_main_module:28:49',
    ],
  },
  '22': {
    throwAt: 1228,
    stack: [
      'Function._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
      'Function._load (node:internal/modules/cjs/loader:1055:27)',
      'TracingChannel.traceSync (node:diagnostics_channel:322:14)',
      'wrapModuleLoad (node:internal/modules/cjs/loader:220:24)',
      'Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:170:5)',
      'node:internal/main/run_main_module:36:49',
    ],
  },
};

/** The stderr text of `node <missing>`; node then exits 1. */
export function cannotFindModule(path: string, version: string): string {
  const frames = FRAMES[version.split('.')[0]!] ?? FRAMES['22']!;
  const stack = frames.stack.map((f, i) => `    at ${f}${i === frames.stack.length - 1 ? ' {' : ''}`).join('\n');
  return `node:internal/modules/cjs/loader:${frames.throwAt}\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n${stack}\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v${version}\n`;
}
