/**
 * @module
 * Tab completion for the host shell, in the spirit of bash's and docker's completion scripts: the
 * first word from the shell's builtins and the executables on the PATH; after `docker`, its
 * commands and subcommands, then container names, image references, network or volume names
 * depending on the command; elsewhere, paths of the host's filesystem relative to the shell's
 * directory.
 */
import type { DockerClient } from '../../client/docker-client.js';
import { flavourOf } from '../../programs/shell/flavour.js';
import { builtinsFor } from '../../programs/shell/builtins/index.js';
import type { ProcessFs } from '../../programs/types.js';
import type { CommandNode } from '../grammar/command.js';
import type { CommandHandler } from '../invocation.js';
import { dockerTree } from '../tree.js';

/** What a completion needs to know about the host. */
export interface CompletionContext {
  readonly fs: ProcessFs;
  readonly client: DockerClient;
  /** The shell's working directory. */
  readonly cwd: string;
  readonly path?: string;
}

/** Candidates for the last word of `line`, and that word. */
export interface Completion {
  readonly candidates: string[];
  readonly word: string;
}

const CONTAINER_COMMANDS = new Set(['attach', 'commit', 'cp', 'diff', 'exec', 'export', 'inspect', 'kill', 'logs', 'pause', 'port', 'rename', 'restart', 'rm', 'start', 'stats', 'stop', 'top', 'unpause', 'update', 'wait']);
const IMAGE_COMMANDS = new Set(['run', 'create', 'rmi', 'history', 'push', 'tag', 'save', 'pull']);

function executables(fs: ProcessFs, path: string): string[] {
  const out = new Set<string>();
  for (const dir of path.split(':')) {
    try {
      for (const name of fs.readdir(dir)) out.add(name);
    } catch {
      // a PATH entry that does not exist
    }
  }
  return [...out];
}

function paths(fs: ProcessFs, cwd: string, word: string): string[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash < 0 ? '' : word.slice(0, slash + 1);
  const base = dirPart.startsWith('/') ? dirPart : `${cwd.replace(/\/$/, '')}/${dirPart}`;
  try {
    return fs.readdir(base || '/').map((name) => {
      const full = `${base.replace(/\/$/, '')}/${name}`;
      const isDir = fs.exists(full) && fs.stat(full).kind === 'directory';
      return `${dirPart}${name}${isDir ? '/' : ''}`;
    });
  } catch {
    return [];
  }
}

/** Names the daemon knows for the docker command `node` (containers, images, networks, volumes). */
async function objects(client: DockerClient, node: CommandNode<CommandHandler>): Promise<string[]> {
  const group = node.parent?.name;
  const name = node.name;
  if (group === 'network' && name !== 'create' && name !== 'ls' && name !== 'prune') return (await client.networkList()).map((n) => n.Name);
  if (group === 'volume' && name !== 'create' && name !== 'ls' && name !== 'prune') return ((await client.volumeList()).Volumes ?? []).map((v) => v.Name);
  if (IMAGE_COMMANDS.has(name) || (group === 'image' && name !== 'ls' && name !== 'prune' && name !== 'build' && name !== 'load' && name !== 'import')) {
    return (await client.imageList()).flatMap((i) => i.RepoTags.filter((t) => t !== '<none>:<none>'));
  }
  if (CONTAINER_COMMANDS.has(name)) return (await client.containerList({ all: true })).flatMap((c) => c.Names.map((n) => n.slice(1)));
  return [];
}

/** Completes the last word of `line`. */
export async function completeLine(line: string, context: CompletionContext): Promise<Completion> {
  const words = line.split(/\s+/);
  const word = words[words.length - 1] ?? '';
  const before = words.slice(0, -1).filter((w) => w !== '');
  const match = (candidates: Iterable<string>) => ({ candidates: [...new Set(candidates)].filter((c) => c.startsWith(word)).sort(), word });
  if (before.length === 0) {
    const builtins = [...builtinsFor(flavourOf('bash')).keys()];
    return match([...builtins, ...executables(context.fs, context.path ?? '/usr/local/bin:/usr/bin')]);
  }
  if (before[0] === 'docker' && !word.startsWith('-')) {
    let node = dockerTree();
    let i = 1;
    for (; i < before.length; i++) {
      const child = before[i]!.startsWith('-') ? undefined : node.child(before[i]!);
      if (!child) break;
      node = child;
    }
    if (i === before.length && node.hasSubcommands) return match(node.children.filter((c) => !c.spec.hidden).map((c) => c.name));
    const names = await objects(context.client, node).catch(() => []);
    if (names.length > 0) return match(names);
  }
  return match(paths(context.fs, context.cwd, word));
}
