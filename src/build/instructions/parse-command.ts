/**
 * @module
 * The command instructions — RUN, CMD, ENTRYPOINT, SHELL — whose argument is either a shell
 * command (run through the stage's SHELL) or an exec-form JSON array (BuildKit `parseRun`,
 * `parseCmd`, `parseEntrypoint`, `parseShell`). RUN also takes `--mount`, `--network` and
 * `--security`. See https://docs.docker.com/reference/dockerfile/#shell-and-exec-form.
 */
import { atLeastOneArgument, invalidNetworkMode, invalidSecurity, shellNotJson } from '../../core/messages/index.js';
import { goQuote } from '../go/quote.js';
import type { ParseRequest } from './request.js';
import { commandArgs, sourceOf } from './request.js';
import { parseMount } from './run-mount.js';
import type { CmdInstruction, CommandLine, EntrypointInstruction, RunInstruction, ShellInstruction } from './types.js';

function commandLine(req: ParseRequest, emptyAsNull: boolean): CommandLine {
  const args = commandArgs(req);
  return {
    cmdLine: emptyAsNull && args.length === 0 ? null : args,
    prependShell: !req.json,
    files: req.heredocs.map((h) => ({ name: h.name, data: h.content, chomp: h.chomp })),
  };
}

/** `RUN`. */
export function parseRun(req: ParseRequest): RunInstruction {
  const f = req.flags.strings('mount').string('network', 'default').string('security', 'sandbox').parse();
  const network = f.value('network');
  const security = f.value('security');
  const mountSpecs = f.values('mount');
  const mounts = mountSpecs.map((spec) => parseMount(spec));
  if (network !== 'default' && network !== 'none' && network !== 'host') throw invalidNetworkMode(goQuote(network));
  if (security !== 'sandbox' && security !== 'insecure') throw invalidSecurity(goQuote(security));
  return {
    instruction: 'RUN',
    ...sourceOf(req),
    ...commandLine(req, false),
    flagsUsed: f.usedFlags(),
    mountSpecs,
    mounts,
    network,
    security,
  };
}

/** `CMD`. */
export function parseCmd(req: ParseRequest): CmdInstruction {
  req.flags.parse();
  return { instruction: 'CMD', ...sourceOf(req), ...commandLine(req, false) };
}

/** `ENTRYPOINT` (`ENTRYPOINT []` clears it: its command line is null). */
export function parseEntrypoint(req: ParseRequest): EntrypointInstruction {
  req.flags.parse();
  return { instruction: 'ENTRYPOINT', ...sourceOf(req), ...commandLine(req, true) };
}

/** `SHELL`, which must be in JSON form. */
export function parseShell(req: ParseRequest): ShellInstruction {
  req.flags.parse();
  const shell = commandArgs(req);
  if (shell.length === 0) throw atLeastOneArgument('SHELL');
  if (!req.json) throw shellNotJson('SHELL');
  return { instruction: 'SHELL', ...sourceOf(req), shell };
}
