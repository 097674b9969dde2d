/**
 * @module
 * Tab completion for the playground's terminal, as docker's shell completion offers it:
 * subcommands and flags from the CLI's own command tree (`dockerTree`), and the names of
 * containers, images, networks and volumes where a command expects them — read from the scene, so
 * completion always matches what the picture shows.
 */
import type { ContainerNode, ImageNode, NetworkNode, Scene, VolumeNode } from 'dockersim';
import { dockerTree, type CommandNode, type FlagSpec } from 'dockersim/cli';

/** What Tab can offer at the cursor. */
export interface Completion {
  /** Index in the line where the word being completed starts. */
  readonly start: number;
  /** Candidates for that word, sorted. */
  readonly candidates: readonly string[];
  /** The longest prefix all candidates share (what one Tab inserts). */
  readonly common: string;
}

type ArgKind = 'container' | 'image' | 'network' | 'volume';

/** What each command's positional arguments name; `*` repeats the last kind. */
const ARGS: { readonly [path: string]: readonly ArgKind[] | readonly [...ArgKind[], '*'] } = {
  ...Object.fromEntries(
    ['start', 'stop', 'restart', 'kill', 'rm', 'pause', 'unpause', 'wait', 'inspect'].flatMap((c) => [[c, ['container', '*']], [`container ${c}`, ['container', '*']]]),
  ),
  ...Object.fromEntries(['logs', 'exec', 'attach', 'top', 'port', 'rename', 'diff', 'commit', 'export', 'stats', 'update'].flatMap((c) => [[c, ['container']], [`container ${c}`, ['container']]])),
  ...Object.fromEntries(['run', 'create', 'history', 'tag', 'push', 'save'].flatMap((c) => [[c, ['image']], [`image ${c}`, ['image']]])),
  'container run': ['image'],
  'container create': ['image'],
  rmi: ['image', '*'],
  'image rm': ['image', '*'],
  'image inspect': ['image', '*'],
  'network rm': ['network', '*'],
  'network inspect': ['network', '*'],
  'network connect': ['network', 'container'],
  'network disconnect': ['network', 'container'],
  'volume rm': ['volume', '*'],
  'volume inspect': ['volume', '*'],
};

/** Flags whose value names an object. */
const FLAG_VALUES: { readonly [flag: string]: ArgKind } = { network: 'network', net: 'network', 'volumes-from': 'container' };

/** The terminal's own commands besides docker. */
const TERMINAL_COMMANDS = ['clear', 'docker', 'help', 'history'];

/** Completions for `line` with the cursor at its end. */
export function complete(line: string, scene: Scene): Completion {
  const start = /\S*$/.exec(line)!.index;
  const word = line.slice(start);
  const before = line.slice(0, start).trim().split(/\s+/).filter(Boolean);
  if (before.length === 0) return result(start, word, TERMINAL_COMMANDS);
  if (before[0] !== 'docker') return result(start, word, []);
  let node: CommandNode = dockerTree();
  const path: string[] = [];
  const positionals: string[] = [];
  let valueOf: FlagSpec | undefined;
  for (const w of before.slice(1)) {
    if (valueOf) {
      valueOf = undefined;
      continue;
    }
    if (w.startsWith('-') && positionals.length === 0) {
      const flag = findFlag(node, w);
      if (flag && flag.kind !== 'bool' && !w.includes('=')) valueOf = flag;
      continue;
    }
    const child = positionals.length === 0 ? node.child(w) : undefined;
    if (child) {
      node = child;
      path.push(child.name);
    } else positionals.push(w);
  }
  if (valueOf) return result(start, word, names(scene, FLAG_VALUES[valueOf.name]));
  if (word.startsWith('-')) {
    const flags = node.flags.filter((f) => !f.hidden).flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]);
    return result(start, word, flags);
  }
  if (node.hasSubcommands && positionals.length === 0) {
    return result(start, word, node.children.filter((c) => !c.spec.hidden).flatMap((c) => [c.name]));
  }
  const kinds = ARGS[path.join(' ')] ?? [];
  const last = kinds[kinds.length - 1];
  const kind = positionals.length < kinds.length && kinds[positionals.length] !== '*' ? kinds[positionals.length] : last === '*' ? kinds[kinds.length - 2] : undefined;
  return result(start, word, names(scene, kind as ArgKind | undefined));
}

function findFlag(node: CommandNode, word: string): FlagSpec | undefined {
  const name = word.replace(/^-+/, '').split('=')[0]!;
  return node.flags.find((f) => (word.startsWith('--') ? f.name === name : f.short === name));
}

/** The names a Docker user types for objects of `kind`. */
function names(scene: Scene, kind: ArgKind | undefined): string[] {
  switch (kind) {
    case 'container':
      return scene.nodes.filter((n): n is ContainerNode => n.kind === 'container').map((n) => n.name);
    case 'image':
      return scene.nodes.filter((n): n is ImageNode => n.kind === 'image').flatMap((n) => n.tags);
    case 'network':
      return scene.nodes.filter((n): n is NetworkNode => n.kind === 'network').map((n) => n.name);
    case 'volume':
      return scene.nodes.filter((n): n is VolumeNode => n.kind === 'volume' && !n.anonymous).map((n) => n.name);
    default:
      return [];
  }
}

function result(start: number, word: string, options: readonly string[]): Completion {
  const candidates = [...new Set(options.filter((o) => o.startsWith(word)))].sort();
  let common = candidates[0] ?? word;
  for (const c of candidates) while (!c.startsWith(common)) common = common.slice(0, -1);
  return { start, candidates, common: candidates.length === 0 ? word : common };
}
