/**
 * @module
 * The docker CLI's command tree: the root command (global options) with every command and
 * subcommand of docker 28.2, plus the hidden persistent `-h, --help` every command inherits
 * (its shorthand deprecated: `Flag shorthand -h has been deprecated, use --help`). The global
 * options' defaults name the config directory (`$DOCKER_CONFIG`, else `$HOME/.docker`).
 */
import { rootCommand } from './commands/root.js';
import { CommandNode } from './grammar/command.js';
import { flag, type FlagSpec } from './grammar/flag.js';
import type { CommandHandler } from './invocation.js';

/** docker's persistent help flag (cli/cobra.go `setupCommonRootCommand`). */
export const HELP_FLAG: FlagSpec = flag.bool('help', 'h', 'Print usage', { hidden: true, shorthandDeprecated: 'use --help' });

/** The config directory docker defaults to: `$DOCKER_CONFIG`, else `$HOME/.docker`. */
export function configDir(env: { readonly [name: string]: string }): string {
  return env['DOCKER_CONFIG'] || `${env['HOME'] || '/root'}/.docker`;
}

const trees = new Map<string, CommandNode<CommandHandler>>();

/** The command tree, with global defaults for this environment. */
export function dockerTree(env: { readonly [name: string]: string } = {}): CommandNode<CommandHandler> {
  const dir = configDir(env);
  const certs = env['DOCKER_CERT_PATH'] || dir;
  const key = `${dir}\n${certs}`;
  let tree = trees.get(key);
  if (!tree) {
    const flags = (rootCommand.flags ?? []).map((f) => {
      if (f.name === 'config') return { ...f, def: dir };
      if (f.name.startsWith('tls') && f.def) return { ...f, def: `${certs}/${f.def.slice(f.def.lastIndexOf('/') + 1)}` };
      return f;
    });
    tree = new CommandNode({ ...rootCommand, flags }, undefined, [HELP_FLAG]);
    trees.set(key, tree);
  }
  return tree;
}
