/**
 * The getting-started app fixture (test/fixtures/getting-started-app) as a build context and as
 * files on the simulated host for bind mounts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { World } from '../../src/world/world.js';

/** The fixture's directory. */
export const APP_DIR = join(import.meta.dirname, '..', 'fixtures', 'getting-started-app');

/** Every fixture file by path relative to the app root. */
export function appFiles(): { [path: string]: string } {
  const out: { [path: string]: string } = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(APP_DIR, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(APP_DIR);
  return out;
}

/** Copies the app onto the host at `root` (the learner's `git clone`). */
export function cloneOnHost(world: World, root: string): void {
  const fs = world.host().fs;
  for (const [path, text] of Object.entries(appFiles())) {
    const full = `${root}/${path}`;
    fs.mkdir(full.slice(0, full.lastIndexOf('/')), { recursive: true });
    fs.writeFile(full, text);
  }
}
