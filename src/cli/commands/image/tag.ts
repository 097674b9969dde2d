/**
 * @module
 * The grammar of `docker image tag` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker image tag`: Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE */
export const tagCommand: DockerCommand = {
  use: 'tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  aliasesText: 'docker image tag, docker tag',
  args: exactArgs(2),
  interspersed: false,
};
