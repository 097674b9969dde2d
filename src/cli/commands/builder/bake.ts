/**
 * @module
 * The grammar of `docker bake` (docker CLI 28.2): a stub that stands for `docker buildx bake`;
 * without the buildx plugin docker hides it and prints its help.
 */
import type { DockerCommand } from '../../invocation.js';

/** `docker bake`: Build from a file */
export const bakeCommand: DockerCommand = {
  use: 'bake [OPTIONS] [TARGET...]',
  short: 'Build from a file',
  aliasesText: 'docker buildx bake',
  hidden: true,
  annotations: { categoryTop: 5 },
};
