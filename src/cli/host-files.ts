/**
 * @module
 * The CLI's own files: what `--env-file`, `--label-file`, `--cidfile`, `save -o`, `load -i`,
 * `cp` and `build` read and write on the machine the CLI runs on (the simulated host's
 * filesystem given in the options). Paths are relative to the CLI's working directory, and
 * failures read as Go's `os` errors do (`open .env: no such file or directory`).
 */
import { FsError } from '../programs/types.js';
import type { CliHost, DockerCli } from './invocation.js';

/** The host, or the error docker would hit without one. */
export function hostOf(cli: DockerCli): CliHost {
  if (!cli.host) throw new Error('this command needs the files of the machine the CLI runs on (pass `host` to runDocker)');
  return cli.host;
}

/** `path` made absolute against the CLI's working directory, cleaned (Go `filepath.Abs`). */
export function hostPath(host: CliHost, path: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith('/') ? path : `${host.cwd}/${path}`).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Go's text for an `*os.PathError`: `open x: no such file or directory`. */
export function goPathError(op: string, path: string, error: unknown): Error {
  if (!(error instanceof FsError)) return error instanceof Error ? error : new Error(String(error));
  const text = error.description.charAt(0).toLowerCase() + error.description.slice(1);
  return new Error(`${op} ${path}: ${text}`);
}

/** Reads a host file (`os.ReadFile`). */
export function readHostFile(cli: DockerCli, path: string): Uint8Array {
  const host = hostOf(cli);
  try {
    return host.fs.readFile(hostPath(host, path));
  } catch (error) {
    throw goPathError('open', path, error);
  }
}

/** Writes a host file (`os.WriteFile`, mode 0644 unless given). */
export function writeHostFile(cli: DockerCli, path: string, data: string | Uint8Array, mode = 0o644): void {
  const host = hostOf(cli);
  try {
    host.fs.writeFile(hostPath(host, path), data, { mode });
  } catch (error) {
    throw goPathError('open', path, error);
  }
}

/** True when the host path exists (`os.Stat` succeeded). */
export function hostFileExists(cli: DockerCli, path: string): boolean {
  const host = hostOf(cli);
  return host.fs.exists(hostPath(host, path));
}

/**
 * docker/cli `kvfile.Parse`: `KEY=value` lines (leading blanks, comments and blank lines skipped;
 * a UTF-8 BOM dropped); a bare `KEY` takes its value from `lookup` or is left out.
 */
export function parseKeyValueFile(cli: DockerCli, path: string, lookup?: (key: string) => string | undefined): string[] {
  const bytes = readHostFile(cli, path);
  const out: string[] = [];
  const fail = (message: string): never => {
    throw new Error(`invalid env file (${path}): ${message}`);
  };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('invalid utf8 bytes');
  }
  text.split('\n').forEach((raw, i) => {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (i === 0 && line.startsWith('\uFEFF')) line = line.slice(1);
    line = line.replace(/^\s+/u, '');
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq);
    if (key === '') fail(`no variable name on line '${line}'`);
    if (/[ \t]/.test(key)) fail(`variable '${key}' contains whitespaces`);
    if (eq >= 0) out.push(line);
    else {
      const value = lookup?.(line);
      if (value !== undefined) out.push(`${key}=${value}`);
    }
  });
  return out;
}
