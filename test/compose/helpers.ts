/**
 * A world for Compose tests: the container world's images and programs, a project directory on
 * the host, and a typed Compose app over the world's client with collected stdout/stderr.
 */
import { CollectedOutput } from '../../src/cli/io.js';
import { project, type ComposeApp } from '../../src/compose/index.js';
import type { World } from '../../src/world/world.js';
import { containerWorld } from '../helpers/container-world.js';

/** A Compose app over `world` for `yaml` in `/src/<dir>`, with its collected output. */
export function composeApp(world: World, yaml: string, options: { readonly dir?: string; readonly projectName?: string; readonly progress?: 'plain' | 'tty' } = {}): { app: ComposeApp; out: CollectedOutput; err: CollectedOutput } {
  const out = new CollectedOutput();
  const err = new CollectedOutput();
  const dir = `/src/${options.dir ?? 'app'}`;
  const app = project(
    world.client(),
    { workingDir: dir, files: [{ path: `${dir}/compose.yaml`, content: yaml }], ...(options.projectName ? { projectName: options.projectName } : {}) },
    { stdout: out, stderr: err, clock: world.clock, progress: options.progress ?? 'plain' },
  );
  return { app, out, err };
}

/** A fresh container world (alpine, web, hello-world images; test programs). */
export const world = (seed = 7): World => containerWorld(seed);
