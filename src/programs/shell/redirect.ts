/**
 * @module
 * Redirections (POSIX 2.7): `<`, `>`, `>|`, `>>`, `<>`, `n>&m`, `n<&m`, `>&-`, here-documents
 * and here-strings, bash's `&>`. Files are opened when the redirection is performed — so
 * `> out` creates `out` even if the command never writes — and failures are reported the way
 * each shell words them (`can't create /x/y: nonexistent directory`).
 */
import { openRead, openWrite, type StdStreams } from '../process/files.js';
import { inputOf } from '../process/streams.js';
import { FsError } from '../types.js';
import type { Redirect } from './ast.js';
import { expandWord, type ExpandHost } from './expand.js';
import type { Failure } from './flavour.js';
import type { Fds } from './fds.js';
import { ShellAbort } from './control.js';

/** A redirection could not be performed (already reported). */
export class RedirectFailed extends Error {
  constructor() {
    super('redirection failed');
    this.name = 'RedirectFailed';
  }
}

/** What performing redirections needs from the shell. */
export interface RedirectHost extends ExpandHost {
  /** Prints an error for the current command. */
  report(failure: Failure): void;
}

/** Applies `redirects` in order to `fds`; throws {@link RedirectFailed} after reporting. */
export async function applyRedirects(host: RedirectHost, redirects: readonly Redirect[], fds: Fds): Promise<Fds> {
  let table = fds;
  try {
    for (const r of redirects) table = await applyOne(host, r, table);
  } catch (error) {
    // An expansion error in a redirection (already reported) fails the command, not the shell.
    if (error instanceof ShellAbort) throw new RedirectFailed();
    throw error;
  }
  return table;
}

async function applyOne(host: RedirectHost, r: Redirect, fds: Fds): Promise<Fds> {
  const std = { stdin: fds.input(0), stdout: fds.output(1), stderr: fds.output(2), fds: fds.extra() };
  const cwd = host.state.cwd;
  switch (r.op) {
    case '<<': {
      const here = r.here;
      const text = here ? (here.expand ? await expandWord(here.body, host) : here.body.parts.map((p) => (p.type === 'quoted' ? p.text : '')).join('')) : '';
      return fds.with(r.fd, { input: inputOf(text) });
    }
    case '<<<':
      return fds.with(r.fd, { input: inputOf(`${await expandWord(r.target, host)}\n`) });
    case '<&':
    case '>&': {
      const target = await expandWord(r.target, host);
      if (target === '-') return fds.with(r.fd, undefined);
      if (/^\d+$/.test(target)) {
        const entry = fds.get(Number(target));
        if (!entry) {
          host.report({ kind: 'bad-fd', text: target });
          throw new RedirectFailed();
        }
        return fds.with(r.fd, entry);
      }
      if (r.op === '>&' && r.fd === 1 && host.bash) return writeBoth(host, target, false, fds, std, cwd);
      host.report({ kind: 'bad-fd', text: target });
      throw new RedirectFailed();
    }
    case '&>':
    case '&>>':
      return writeBoth(host, await expandWord(r.target, host), r.op === '&>>', fds, std, cwd);
    case '<': {
      const file = await expandWord(r.target, host);
      try {
        return fds.with(r.fd, { input: openRead(host.fs, cwd, file, std) });
      } catch (error) {
        return fail(host, error, { kind: 'cannot-open', file, reason: reason(error) });
      }
    }
    case '<>': {
      const file = await expandWord(r.target, host);
      try {
        const output = openWrite(host.fs, cwd, file, { append: true, std });
        return fds.with(r.fd, { input: openRead(host.fs, cwd, file, std), output });
      } catch (error) {
        return fail(host, error, { kind: 'cannot-open', file, reason: reason(error) });
      }
    }
    default: {
      const file = await expandWord(r.target, host);
      try {
        return fds.with(r.fd, { output: openWrite(host.fs, cwd, file, { append: r.op === '>>', std }) });
      } catch (error) {
        return fail(host, error, { kind: 'cannot-create', file, reason: reason(error) });
      }
    }
  }
}

function writeBoth(host: RedirectHost, file: string, append: boolean, fds: Fds, std: StdStreams, cwd: string): Fds {
  try {
    const output = openWrite(host.fs, cwd, file, { append, std });
    return fds.with(1, { output }).with(2, { output });
  } catch (error) {
    return fail(host, error, { kind: 'cannot-create', file, reason: reason(error) });
  }
}

/** `missing` for ENOENT/ENOTDIR (each shell has its own words for it), else the C library text. */
function reason(error: unknown): string {
  if (error instanceof FsError) return error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'missing' : error.description;
  throw error;
}

function fail(host: RedirectHost, error: unknown, failure: Failure): never {
  if (!(error instanceof FsError)) throw error;
  host.report(failure);
  throw new RedirectFailed();
}
