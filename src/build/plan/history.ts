/**
 * @module
 * The classic builder's step commands and `created_by` history texts (moby `internals.go`,
 * `image.NewChildImage`): a metadata step records `<shell> #(nop)  <comment>` (two spaces: the
 * comment is a separate argument), WORKDIR/COPY/ADD record `<shell> #(nop) <comment>` (one
 * argument), RUN records its command, prefixed `|N K=v …` when build args are in play.
 * `created_by` is the recorded command joined with spaces, e.g.
 * `/bin/sh -c #(nop)  CMD ["node" "src/index.js"]` or `/bin/sh -c #(nop) COPY file:… in /app `.
 */
import { goList, goQuoteList } from '../go/quote.js';
import { formatGoDuration } from '../go/duration.js';
import type { HealthConfig } from '../instructions/types.js';
import type { BuildArgs } from './build-args.js';
import type { RunConfig } from './run-config.js';
import { shellOf } from './run-config.js';

/** The recorded command of a metadata step: `[...shell, "#(nop) ", comment]` (moby `withCmdComment`). */
export function nopCommand(config: RunConfig, comment: string): string[] {
  return [...shellOf(config), '#(nop) ', comment];
}

/** The recorded command of WORKDIR/COPY/ADD: `[...shell, "#(nop) " + comment]` (moby `withCmdCommentString`). */
export function nopCommandString(config: RunConfig, comment: string): string[] {
  return [...shellOf(config), `#(nop) ${comment}`];
}

/** An image history entry's `created_by`: the recorded command joined with spaces. */
export function createdBy(command: readonly string[] | null): string {
  return (command ?? []).join(' ');
}

/** The COPY/ADD comment: `COPY [--chown=u ]<hash> in <dest> ` (trailing space included). */
export function copyComment(instruction: 'COPY' | 'ADD', chown: string, sourceHash: string, dest: string): string {
  return `${instruction} ${chown === '' ? '' : `--chown=${chown} `}${sourceHash} in ${dest} `;
}

/**
 * RUN's recorded command with build args (moby `prependEnvOnCmd`): `|N` then the sorted
 * `K=v` of the args that belong in history (declared ones, and any non-proxy arg), then the command.
 */
export function prependEnvOnCmd(args: BuildArgs, buildArgEnv: readonly string[], cmd: readonly string[]): string[] {
  const kept = buildArgEnv.filter((e) => args.isReferencedOrNotBuiltin(e.split('=', 1)[0]!)).sort();
  return [`|${kept.length}`, ...kept, ...cmd];
}

/** Go's `%+v` of a `*HealthConfig`, as in the HEALTHCHECK history comment. */
export function formatHealthConfig(health: HealthConfig): string {
  return (
    `&{Test:${goList(health.Test)} Interval:${formatGoDuration(health.Interval)} Timeout:${formatGoDuration(health.Timeout)} ` +
    `StartPeriod:${formatGoDuration(health.StartPeriod)} StartInterval:${formatGoDuration(health.StartInterval)} Retries:${health.Retries}}`
  );
}

/** Go's `%q` of a command (`["node" "src/index.js"]`, `[]` for none), as CMD/ENTRYPOINT comments print it. */
export function formatCommand(cmd: readonly string[] | null): string {
  return goQuoteList(cmd ?? []);
}
