/**
 * DESIGN.md decision 9: only src/node may use Node. Everything else must run in a browser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const NODE_GLOBALS = ['process', 'Buffer', 'require', '__dirname', '__filename', 'setImmediate', 'global', 'module.exports'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('environment boundaries', () => {
  const browserSafe = files(SRC).filter((f) => !relative(SRC, f).startsWith('node/'));

  it('finds the source files', () => {
    expect(browserSafe.length).toBeGreaterThan(10);
  });

  it.each(browserSafe.map((f) => [relative(SRC, f), f]))('%s imports no node:* module and no Node-only package', (_, file) => {
    const code = stripComments(readFileSync(file, 'utf8'));
    const imports = [...code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    const builtins = ['fs', 'path', 'os', 'http', 'net', 'child_process', 'crypto', 'stream', 'url', 'util', 'events', 'buffer', 'worker_threads', 'readline', 'tty'];
    for (const spec of imports) {
      expect(spec.startsWith('node:'), `${spec} in ${file}`).toBe(false);
      expect(builtins.includes(spec), `${spec} in ${file}`).toBe(false);
    }
  });

  it.each(browserSafe.map((f) => [relative(SRC, f), f]))('%s uses no Node global', (_, file) => {
    const code = stripComments(readFileSync(file, 'utf8')).replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
    for (const name of NODE_GLOBALS) {
      const re = new RegExp(`(^|[^.\\w$#])${name.replace('.', '\\.')}\\b(?!\\s*:)`);
      expect(re.test(code), `${name} in ${file}`).toBe(false);
    }
  });
});
