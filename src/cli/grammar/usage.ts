/**
 * @module
 * `docker <command> --help`: docker/cli's cobra usage template (cli/cobra.go) rendered for a
 * command of the tree — usage line, description, EXPERIMENTAL note, aliases, examples, options,
 * the root's Common / Management / Swarm command lists, subcommands, global options and the
 * closing hints. Commands and flags the daemon does not support are hidden first, as docker's
 * `hideUnsupportedFeatures` does, so help differs between an offline CLI and a connected one.
 */
import type { CommandNode } from './command.js';
import type { FlagSpec } from './flag.js';
import { flagUsages } from './flag-usages.js';
import { hiddenByDaemon, type ServerFeatures } from './features.js';
import type { ParsedFlags } from './parsed-flags.js';

/** Options of {@link renderUsage}. */
export interface UsageOptions {
  /** What the daemon supports (offline: experimental shown, no OS). */
  readonly features: ServerFeatures;
  /** Terminal width; docker falls back to 80 when stdin is not a terminal. */
  readonly columns?: number;
  /** `DOCKER_HIDE_LEGACY_COMMANDS` set: top-level shortcuts like `docker attach` are hidden. */
  readonly hideLegacy?: boolean;
  /** The command line's flag values, when help was asked for after other flags (they can change the defaults shown). */
  readonly values?: ParsedFlags;
}

const EXPERIMENTAL_NOTE = (path: string) =>
  `\n\nEXPERIMENTAL:\n  ${path} is an experimental feature.\n` +
  '  Experimental features provide early access to product functionality. These\n' +
  '  features may change between releases without warning, or can be removed from a\n' +
  '  future release. Learn more about experimental features in our documentation:\n' +
  '  https://docs.docker.com/go/experimental/';

const ADDITIONAL_HELP = 'For more help on how to use Docker, head to https://docs.docker.com/go/guides/';

/** Shown in lists: not hidden (by itself, as a legacy shortcut, or by the daemon). */
export function isAvailable(node: CommandNode, options: UsageOptions): boolean {
  if (node.spec.hidden) return false;
  if (options.hideLegacy && node.spec.legacy) return false;
  return !hiddenByDaemon(node.spec.annotations, options.features);
}

function isExperimental(node: CommandNode): boolean {
  for (let n: CommandNode | undefined = node; n; n = n.parent) if (n.spec.annotations?.experimentalCLI) return true;
  return false;
}

function visibleFlags(node: CommandNode, features: ServerFeatures): FlagSpec[] {
  return node.flags.map((f) => (hiddenByDaemon(f.annotations, features) ? { ...f, hidden: true } : f));
}

/** cobra `NamePadding`: the longest sibling name (help and completion commands at the root count), at least 11. */
function namePadding(parent: CommandNode): number {
  const names = parent.children.map((c) => c.name);
  if (!parent.parent) names.push('help', 'completion');
  return Math.max(11, ...names.map((n) => n.length));
}

function commandAliases(node: CommandNode): string {
  if (node.spec.aliasesText) return node.spec.aliasesText;
  const parentPath = node.parent ? `${node.parent.path} ` : '';
  return [node.path, ...(node.spec.aliases ?? []).map((a) => parentPath + a)].join(', ');
}

function list(title: string, nodes: readonly CommandNode[], pad: number): string {
  if (nodes.length === 0) return '';
  return `\n\n${title}:${nodes.map((c) => `\n  ${`${c.name} `.padEnd(pad + 1)}${c.spec.short}`).join('')}`;
}

/** The help text of `node`, byte for byte as docker 28.2 prints it. */
export function renderUsage(node: CommandNode, options: UsageOptions): string {
  const spec = node.spec;
  const columns = options.columns ?? 80;
  const flags = visibleFlags(node, options.features);
  const hasFlags = flags.some((f) => !f.hidden && !f.deprecated);
  const available = node.children.filter((c) => isAvailable(c, options));
  let out = 'Usage:';
  out += node.hasSubcommands ? `  ${node.path}${hasFlags ? ' [OPTIONS]' : ''} COMMAND` : `  ${node.useLine}`;
  out += `\n\n${(spec.long ?? spec.short).trim()}`;
  if (isExperimental(node)) out += EXPERIMENTAL_NOTE(node.path);
  if (spec.aliasesText || (spec.aliases ?? []).length > 0) out += `\n\nAliases:\n  ${commandAliases(node)}`;
  if (spec.example) out += `\n\nExamples:\n${spec.example}`;
  if (node.parent && hasFlags) out += `\n\nOptions:\n${flagUsages(flags, columns - 1, options.values).trimEnd()}`;
  const pad = namePadding(node);
  if (!node.parent) {
    const top = available
      .filter((c) => c.spec.annotations?.categoryTop !== undefined)
      .sort((a, b) => a.spec.annotations!.categoryTop! - b.spec.annotations!.categoryTop!);
    out += list('Common Commands', top, pad);
  }
  const management = available.filter((c) => c.hasSubcommands);
  out += list('Management Commands', management.filter((c) => c.spec.annotations?.swarm === undefined), pad);
  out += list('Swarm Commands', management.filter((c) => c.spec.annotations?.swarm !== undefined), pad);
  const operations = available.filter((c) => !c.hasSubcommands && (node.parent !== undefined || c.spec.annotations?.categoryTop === undefined));
  if (operations.length > 0) out += `\n\nCommands:${operations.map((c) => `\n  ${c.name.padEnd(pad)} ${c.spec.short}`).join('')}`;
  if (!node.parent && hasFlags) out += `\n\nGlobal Options:\n${flagUsages(flags, columns - 1, options.values).trimEnd()}`;
  if (node.hasSubcommands) out += `\n\nRun '${node.path} COMMAND --help' for more information on a command.`;
  if (!node.parent) out += `\n\n${ADDITIONAL_HELP}`;
  return `${out}\n`;
}
