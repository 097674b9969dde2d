/**
 * @module
 * How the docker CLI runs a command line (cmd/docker `runDocker` over cobra's `ExecuteC`): global
 * options parsed first (non-interspersed), then the tree traversed word by word — each level
 * parsing the flags before the next word (`docker container --help ls` shows `ls`'s help) — then
 * the command's own flags, `--help`, positional-argument checks, daemon feature checks and the
 * handler. Errors print as docker prints them and set docker's exit status.
 */
import { notSimulated } from '../core/messages/system.js';
import { emulatedClientVersion } from './format/version.js';
import { checkArgs } from './grammar/args.js';
import type { CommandNode } from './grammar/command.js';
import { FlagParseError, parseFlags, type FlagParse } from './grammar/pflag.js';
import { renderUsage } from './grammar/usage.js';
import { errorText, exitStatus, StatusError } from './errors.js';
import type { CommandHandler, DockerCli } from './invocation.js';
import { dockerTree } from './tree.js';
import { selectBuilder } from './builder-selection.js';

type Node = CommandNode<CommandHandler>;

/** cli/cobra.go `FlagErrorFunc`: the flag error, the usage line, exit 125. */
function flagError(node: Node, error: FlagParseError): StatusError {
  return new StatusError(`${error.message}\n\nUsage:  ${node.useLine}\n\nRun '${node.path} --help' for more information`, 125);
}

function parseAt(node: Node, args: readonly string[], cli: DockerCli, interspersed = true): FlagParse {
  try {
    return parseFlags(node.flags, args, { interspersed, env: cli.env });
  } catch (e) {
    if (e instanceof FlagParseError) throw flagError(node, e);
    throw e;
  }
}

const isBoolFlag = (node: Node, name: string) => node.flags.some((f) => f.name === name && f.kind === 'bool');
const isBoolShort = (node: Node, short: string) => node.flags.some((f) => f.short === short[0] && f.kind === 'bool');
const isFlagArg = (arg: string) => (arg.length >= 3 && arg.startsWith('--')) || (arg.length >= 2 && arg[0] === '-' && arg[1] !== '-');

/** cobra `Traverse`: the command a line names, the arguments left for it, and whether a parent set `--help`. */
function traverse(node: Node, args: readonly string[], cli: DockerCli): { node: Node; args: readonly string[]; help: boolean } {
  const flags: string[] = [];
  let inFlag = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--') && !arg.includes('=')) {
      inFlag = !isBoolFlag(node, arg.slice(2));
      flags.push(arg);
      continue;
    }
    if (arg.startsWith('-') && !arg.includes('=') && arg.length === 2 && !isBoolShort(node, arg.slice(1))) {
      inFlag = true;
      flags.push(arg);
      continue;
    }
    if (inFlag) {
      inFlag = false;
      flags.push(arg);
      continue;
    }
    if (isFlagArg(arg)) {
      flags.push(arg);
      continue;
    }
    const child = node.child(arg);
    if (!child) return { node, args, help: false };
    const parsed = parseAt(node, flags, cli);
    for (const notice of parsed.notices) cli.out.write(`${notice}\n`);
    const below = traverse(child, args.slice(i + 1), cli);
    return { ...below, help: below.help || parsed.help };
  }
  return { node, args, help: false };
}

/** cobra `Find` as `docker help` uses it: the command named by the words of `args`, and the words left over. */
function findTopic(root: Node, args: readonly string[]): { node: Node; rest: string[] } {
  let node = root;
  const rest = args.filter((a) => !a.startsWith('-'));
  while (rest.length > 0) {
    const child = node.child(rest[0]!);
    if (!child) break;
    node = child;
    rest.shift();
  }
  return { node, rest };
}

/** cmd/docker `isSupported`: refuses commands and changed flags the daemon does not support. */
async function checkSupported(node: Node, parsed: FlagParse, cli: DockerCli): Promise<void> {
  const annotated = [node, ...ancestors(node)].some((n) => n.spec.annotations?.experimental || n.spec.annotations?.ostype);
  const flagged = node.flags.filter((f) => f.annotations && parsed.flags.changed(f.name));
  if (!annotated && flagged.length === 0) return;
  const features = await cli.features();
  for (let n: Node | undefined = node; n; n = n.parent) {
    const a = n.spec.annotations;
    if (a?.ostype && features.osType !== '' && a.ostype !== features.osType) {
      throw new Error(`${node.path} is only supported on a Docker daemon running on ${a.ostype}, but the Docker daemon is running on ${features.osType}`);
    }
    if (a?.experimental && !features.experimental) throw new Error(`${node.path} is only supported on a Docker daemon with experimental features enabled`);
  }
  const errors: string[] = [];
  for (const f of flagged) {
    const a = f.annotations!;
    if (a.ostype && features.osType !== '' && a.ostype !== features.osType) {
      errors.push(`"--${f.name}" is only supported on a Docker daemon running on ${a.ostype}, but the Docker daemon is running on ${features.osType}`);
    } else if (a.experimental && !features.experimental) {
      errors.push(`"--${f.name}" is only supported on a Docker daemon with experimental features enabled`);
    }
  }
  if (errors.length > 0) throw new Error(errors.join('\n'));
}

function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let n = node.parent; n; n = n.parent) out.push(n);
  return out;
}

async function usageOf(node: Node, cli: DockerCli, values?: FlagParse['flags']): Promise<string> {
  const hideLegacy = (cli.env['DOCKER_HIDE_LEGACY_COMMANDS'] ?? '') !== '';
  return renderUsage(node, { features: await cli.features(), columns: cli.columns, hideLegacy, ...(values ? { values } : {}) });
}

async function run(argv: readonly string[], cli: DockerCli): Promise<number> {
  const root = dockerTree(cli.env);
  const globals = parseAt(root, argv, cli, false);
  cli.useContext(globals.flags.string('context'));
  let rest = globals.args;
  selectBuilder(cli, rest);
  if (rest[0] === 'help') {
    const { node, rest: left } = findTopic(root, rest.slice(1));
    if (left.length > 0) throw new Error(`unknown help topic: ${left.join(' ')}`);
    cli.out.write(await usageOf(node, cli));
    return 0;
  }
  const found = traverse(root, rest, cli);
  const node = found.node;
  rest = found.args;
  const parsed = node.spec.disableFlagParsing ? parseAt(node, [], cli) : parseAt(node, rest, cli, node.spec.interspersed ?? true);
  const args = node.spec.disableFlagParsing ? rest : parsed.args;
  for (const notice of [...(node === root ? [] : globals.notices), ...parsed.notices]) cli.out.write(`${notice}\n`);
  const ownHelp = (node.spec.flags ?? []).some((f) => f.name === 'help');
  if (parsed.help || (found.help && !ownHelp) || (node === root && globals.help)) {
    cli.out.write(await usageOf(node, cli, node === root ? globals.flags : parsed.flags));
    return 0;
  }
  if (node === root) {
    if (globals.flags.bool('version') || parsed.flags.bool('version')) {
      const v = emulatedClientVersion();
      cli.out.write(`Docker version ${v.Version}, build ${v.GitCommit}\n`);
      return 0;
    }
    if (parsed.args.length === 0) {
      cli.err.write(await usageOf(root, cli));
      return 0;
    }
    throw new Error(`docker: unknown command: docker ${parsed.args[0]}\n\nRun 'docker --help' for more information`);
  }
  const rule = node.spec.args ?? { kind: 'any' as const };
  const argError = checkArgs(rule, args, { commandPath: node.path, useLine: node.useLine, hasSubcommands: node.hasSubcommands });
  if (argError !== undefined) throw new Error(argError);
  await checkSupported(node, parsed, cli);
  const handler = node.spec.run;
  if (!handler) {
    // Management commands (and docker's `bake` stub) print their help on stderr.
    if (node.hasSubcommands || node.name === 'bake') {
      cli.err.write(await usageOf(node, cli));
      return 0;
    }
    throw new Error(notSimulated(node.path).message);
  }
  const status = await handler({ cli, command: node, flags: parsed.flags, args, argsLenAtDash: parsed.argsLenAtDash });
  return status ?? 0;
}

/** Runs one docker command line (already split into words) in `cli`; resolves to the exit status. */
export async function executeDocker(argv: readonly string[], cli: DockerCli): Promise<number> {
  try {
    return await run(argv, cli);
  } catch (error) {
    const text = errorText(error);
    if (text !== '') cli.err.write(`${text}\n`);
    return exitStatus(error);
  }
}
