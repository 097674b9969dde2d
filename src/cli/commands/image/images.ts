/**
 * @module
 * `docker images` / `docker image ls` (docker CLI 28.2): its grammar, and the handler listing
 * images in the classic table (REPOSITORY TAG IMAGE ID CREATED SIZE), with `-a`, `--digests`,
 * `--filter`, a REPOSITORY[:TAG] match, `-q`, `--no-trunc` and `--format`.
 */
import { maxArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { formatImages } from '../../format/image.js';

const IMAGE_SUBCOMMANDS = ['build', 'history', 'import', 'inspect', 'list', 'load', 'ls', 'prune', 'pull', 'push', 'rm', 'save', 'tag'];

/** `docker images` / `docker image ls`: the classic table, `-q`, `--digests`, `--no-trunc`, `--format`. */
async function runImages({ cli, args, flags, command }: Invocation): Promise<void> {
  const filters = { ...flags.filters('filter') };
  const match = args[0] ?? '';
  if (match !== '') filters['reference'] = [...(filters['reference'] ?? []), match];
  if (flags.bool('tree')) {
    for (const [flag, name] of [['quiet', '--quiet'], ['no-trunc', '--no-trunc'], ['digests', '--show-digest'], ['format', '--format']] as const) {
      if (flag === 'format' ? flags.string(flag) !== '' : flags.bool(flag)) throw new Error(`${name} is not yet supported with --tree`);
    }
    throw new Error('docker images --tree is not simulated by dockersim');
  }
  const images = await cli.client.imageList({ all: flags.bool('all'), filters });
  cli.out.write(formatImages(images, { format: flags.string('format'), quiet: flags.bool('quiet'), digests: flags.bool('digests'), trunc: !flags.bool('no-trunc'), now: await cli.now() }));
  if (match !== '' && images.length === 0 && command.name === 'images' && IMAGE_SUBCOMMANDS.includes(match)) {
    cli.err.write(`\nNo images found matching "${match}": did you mean "docker image ${match}"?\n`);
  }
}

/** `docker images`: List images */
export const imagesCommand: DockerCommand = {
  use: 'images [OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  aliasesText: 'docker image ls, docker image list, docker images',
  args: maxArgs(1),
  annotations: { categoryTop: 7 },
  flags: [
    flag.bool('all', 'a', 'Show all images (default hides intermediate images)'),
    flag.bool('digests', '', 'Show digests'),
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('no-trunc', '', 'Don\'t truncate output'),
    flag.bool('quiet', 'q', 'Only show image IDs'),
    flag.bool('tree', '', 'List multi-platform images as a tree (EXPERIMENTAL)'),
  ],
  run: runImages,
};
