/**
 * @module
 * `docker inspect` (docker CLI 28.2): its grammar, and the handler — each reference tried as a
 * container, an image, a network, then a volume (or only `--type`'s kind); none: `Error: No such
 * object: …`. Output as every inspect command prints it (see inspect-each.ts).
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { isDockerError } from '../../../core/errors.js';
import { errorText } from '../../errors.js';
import { inspectEach, type InspectLookup } from '../inspect-each.js';

const TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];

/** docker/cli `isErrSkippable`: not this kind of object, try the next. */
function skippable(error: unknown): boolean {
  const text = errorText(error);
  return isDockerError(error, 'NotFound') || text.includes('not supported') || text.includes('invalid reference format');
}

/**
 * docker/cli `inspectAll`: containers, images, networks, volumes (swarm objects and plugins do
 * not exist on a simulated daemon), the first that knows the reference wins.
 */
function inspectAll(cli: Invocation['cli'], size: boolean, only: string): InspectLookup {
  const kinds: [string, boolean, (ref: string) => Promise<unknown>][] = [
    ['container', true, (ref) => cli.client.containerInspect(ref, { size })],
    ['image', false, (ref) => cli.client.imageInspect(ref)],
    ['network', false, (ref) => cli.client.networkInspect(ref)],
    ['volume', false, (ref) => cli.client.volumeInspect(ref)],
  ];
  return async (ref) => {
    for (const [type, sized, lookup] of kinds) {
      if (only !== '' && type !== only) continue;
      try {
        const found = await lookup(ref);
        if (size && !sized) cli.err.write(`WARNING: --size ignored for ${type}\n`);
        return found;
      } catch (error) {
        if (only === '' && skippable(error)) continue;
        throw error;
      }
    }
    throw new Error(`Error: No such object: ${ref}`);
  };
}

/** `docker inspect`: any object by name or id, or only `--type`'s kind. */
async function runInspect({ cli, args, flags }: Invocation): Promise<void> {
  const type = flags.string('type');
  if (flags.changed('type') && type === '') throw new Error(`type is empty: must be one of "${TYPES.join('", "')}"`);
  if (!TYPES.includes(type) && type !== '') throw new Error(`unknown type: ${JSON.stringify(type)}: must be one of "${TYPES.join('", "')}"`);
  await inspectEach(cli, args, flags.string('format'), inspectAll(cli, flags.bool('size'), type));
}

/** `docker inspect`: Return low-level information on Docker objects */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.bool('size', 's', 'Display total file sizes if the type is container'),
    flag.string('type', '', 'Only inspect objects of the given type'),
  ],
  run: runInspect,
};
