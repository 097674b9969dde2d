/**
 * @module
 * `docker image load` / `docker load` (docker CLI 28.2): its grammar, and the handler loading a
 * docker-archive from `-i` (the host's files) or stdin and printing the daemon's messages.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import type { JsonMessage } from '../../../image/json-message.js';
import { displayJsonMessages } from '../../format/json-stream.js';
import { readHostFile } from '../../host-files.js';

/** The messages as an async stream, for the JSON message display. */
async function* messages(list: readonly JsonMessage[]): AsyncGenerator<JsonMessage> {
  yield* list;
}

/** `docker load`: a tar from `-i FILE` or stdin, then the daemon's `Loaded image: …` lines. */
async function runLoad({ cli, flags }: Invocation): Promise<void> {
  const input = flags.string('input');
  if (input === '' && cli.in.isTTY) throw new Error('requested load from stdin, but stdin is empty');
  const archive = input === '' ? await cli.in.readAll() : readHostFile(cli, input);
  const quiet = flags.bool('quiet') || !cli.out.isTTY;
  const result = await cli.client.imageLoad(archive, { quiet });
  await displayJsonMessages(messages(result), cli.out, { terminal: cli.out.isTTY, columns: cli.columns });
}

/** `docker image load`: Load an image from a tar archive or STDIN */
export const loadCommand: DockerCommand = {
  use: 'load [OPTIONS]',
  short: 'Load an image from a tar archive or STDIN',
  aliasesText: 'docker image load, docker load',
  args: noArgs,
  flags: [
    flag.string('input', 'i', 'Read from tar archive file, instead of STDIN'),
    flag.string('platform', '', 'Load only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")'),
    flag.bool('quiet', 'q', 'Suppress the load output'),
  ],
  run: runLoad,
};
