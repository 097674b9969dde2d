/**
 * @module
 * Shared pieces of the `docker compose` grammar: Compose's `stringArray` flags (repeatable, never
 * split on commas) and the spec type of a subcommand (its handler lives apart).
 */
import type { CommandSpec } from '../../grammar/command.js';
import { flag, type FlagSpec } from '../../grammar/flag.js';

/** A repeatable string flag (`-f a -f b`), shown as `stringArray` in help. */
export const array = (name: string, short: string, usage: string): FlagSpec => flag.list(name, short, usage, { type: 'stringArray' });

/** A subcommand's grammar. */
export type Spec = Omit<CommandSpec<never>, 'run'>;
