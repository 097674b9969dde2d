/**
 * @module
 * A pull as the docker CLI sends it (moby client `ImageCreate` / `ImagePull`): the reference
 * normalized (`fromImage=docker.io/library/alpine`, `tag=latest` unless a digest), the stored
 * login for its registry, and the JSON progress shown on the given stream — or discarded with
 * `-q`. Shared by `docker pull` and the implicit pull of `docker run` / `docker create`.
 */
import type { JsonMessage } from '../../../image/json-message.js';
import { referenceName } from '../../../reference/format.js';
import type { Reference } from '../../../reference/parse.js';
import type { ProcessOutput } from '../../../programs/types.js';
import { displayJsonMessages } from '../../format/json-stream.js';
import type { DockerCli } from '../../invocation.js';

/** Options of {@link pullImage}. */
export interface PullImageOptions {
  /** Where progress goes (undefined: nowhere, `-q`). */
  readonly out: ProcessOutput | undefined;
  readonly platform?: string;
  /** Every tag of the repository (`docker pull -a`). */
  readonly allTags?: boolean;
}

/** Pulls `ref`, showing progress as docker does; rejects with the daemon's or the stream's error. */
export async function pullImage(cli: DockerCli, ref: Reference, options: PullImageOptions): Promise<void> {
  const tag = ref.digest ?? (options.allTags ? undefined : (ref.tag ?? 'latest'));
  const messages: AsyncIterable<JsonMessage> = cli.client.imagePull({
    fromImage: referenceName(ref),
    ...(tag !== undefined ? { tag } : {}),
    ...(options.platform ? { platform: options.platform } : {}),
  });
  const out = options.out;
  if (!out) {
    for await (const m of messages) if (m.errorDetail) throw new Error(m.errorDetail.message);
    return;
  }
  await displayJsonMessages(messages, out, { terminal: out.isTTY, columns: cli.columns });
}
