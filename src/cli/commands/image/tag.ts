/**
 * @module
 * `docker image tag` / `docker tag` (docker CLI 28.2): its grammar, and the handler — the target
 * sent fully qualified (`docker.io/library/x`, tag `latest` by default); success prints nothing.
 */
import { exactArgs } from '../../grammar/args.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { referenceName } from '../../../reference/format.js';
import { anyNamed, normalizedNamed } from '../../references.js';

/** `docker tag`: the target parsed client-side (no digest), then the daemon tags; prints nothing. */
async function runTag({ cli, args }: Invocation): Promise<void> {
  // The Go client's ImageTag checks both references first.
  const parse = <T>(text: string, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw new Error(`Error parsing reference: ${JSON.stringify(text)} is not a valid repository/tag: ${(error as Error).message}`);
    }
  };
  parse(args[0]!, () => anyNamed(args[0]!));
  const target = parse(args[1]!, () => normalizedNamed(args[1]!));
  if (target.digest !== undefined) throw new Error('refusing to create a tag with a digest reference');
  await cli.client.imageTag(args[0]!, { repo: referenceName(target), tag: target.tag ?? 'latest' });
}

/** `docker image tag`: Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE */
export const tagCommand: DockerCommand = {
  use: 'tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  aliasesText: 'docker image tag, docker tag',
  args: exactArgs(2),
  interspersed: false,
  run: runTag,
};
