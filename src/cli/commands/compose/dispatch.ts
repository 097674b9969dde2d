/**
 * @module
 * `docker compose …` as the plugin parses it: global options (also before the subcommand, cobra's
 * `TraverseChildren`), then the subcommand's own flags, `--help` rendered with docker's help
 * template, and the handler. Compose's own errors print bare; daemon errors with docker's
 * `Error response from daemon:` prefix; both exit 1.
 */
import { ComposeError } from '../../../core/messages/compose.js';
import { CommandNode, type CommandSpec } from '../../grammar/command.js';
import { FlagParseError, parseFlags } from '../../grammar/pflag.js';
import { renderUsage } from '../../grammar/usage.js';
import { errorText, StatusError } from '../../errors.js';
import type { CommandHandler, DockerCli, Invocation } from '../../invocation.js';
import { HANDLERS } from './handlers.js';
import { GLOBAL_FLAGS, SUBCOMMANDS } from './specs.js';

/** The compose command tree, placed under `docker`. */
function composeTree(): CommandNode<CommandHandler> {
  const compose: CommandSpec<CommandHandler> = {
    use: 'compose [OPTIONS] COMMAND',
    short: 'Docker Compose',
    long: 'Define and run multi-container applications with Docker',
    persistentFlags: GLOBAL_FLAGS,
    subcommands: Object.values(SUBCOMMANDS),
  };
  return new CommandNode<CommandHandler>({ use: 'docker', short: '', subcommands: [compose] }).child('compose')!;
}

function flagError(node: CommandNode<CommandHandler>, e: FlagParseError): StatusError {
  return new StatusError(`${e.message}\n\nUsage:  ${node.useLine}\n\nRun '${node.path} --help' for more information`, 1);
}

async function runCompose(argv: readonly string[], cli: DockerCli): Promise<number> {
  const root = composeTree();
  const parse = (node: CommandNode<CommandHandler>, args: readonly string[], interspersed: boolean) => {
    try {
      return parseFlags(node.flags, args, { interspersed, env: cli.env });
    } catch (e) {
      if (e instanceof FlagParseError) throw flagError(node, e);
      throw e;
    }
  };
  const globals = parse(root, argv, false);
  const usage = async (node: CommandNode<CommandHandler>) => renderUsage(node, { features: await cli.features(), columns: cli.columns });
  const [name, ...rest] = globals.args;
  if (name === undefined || globals.help) {
    cli.out.write(await usage(root));
    return 0;
  }
  const node = root.child(name);
  if (!node) throw new Error(`unknown docker command: "compose ${name}"`);
  const parsed = parse(node, [...argv.slice(0, argv.length - globals.args.length), ...rest], node.spec.interspersed ?? true);
  if (parsed.help) {
    cli.out.write(await usage(node));
    return 0;
  }
  const handler = HANDLERS[node.name]!;
  const status = await handler({ cli, globals: parsed.flags, flags: parsed.flags, args: parsed.args });
  return status ?? 0;
}

/** The handler of `docker compose`: its arguments arrive unparsed. */
export async function composeHandler(invocation: Invocation): Promise<number> {
  try {
    return await runCompose(invocation.args, invocation.cli);
  } catch (e) {
    if (e instanceof StatusError) throw e;
    const text = e instanceof ComposeError ? e.message : errorText(e);
    throw new StatusError(text, 1);
  }
}
