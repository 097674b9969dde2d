/**
 * @module
 * Where a compose project's files come from: a caller-provided reader over some file system (the
 * simulated host's, or a plain map in tests), and Compose's discovery rules — `compose.yaml`,
 * `compose.yml`, `docker-compose.yml`, `docker-compose.yaml` searched from the working directory
 * upwards, plus the first `compose.override.yml`-style file beside it; `COMPOSE_FILE` otherwise.
 * See https://docs.docker.com/compose/intro/compose-application-model/#the-compose-file.
 */
import { fileNotFound } from '../../core/messages/compose.js';
import { absPath, dirPath, joinPath } from '../../core/go-path.js';

/** Read access to files, by absolute path. */
export interface ComposeFileReader {
  /** The file's text, or `undefined` when there is no such file. */
  readFile(path: string): string | undefined;
  /** True for a directory (a `.env` that is a directory is ignored, as Compose does). */
  isDirectory?(path: string): boolean;
}

/** A compose file given with its content (`-f` with the text already at hand). */
export interface ComposeFile {
  readonly path: string;
  readonly content: string;
}

/** compose-go `DefaultFileNames`, in order of preference. */
export const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const;

/** compose-go `DefaultOverrideFileNames`, in order of preference. */
export const DEFAULT_OVERRIDE_FILE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'] as const;

/** A reader over a plain `{ path: content }` map (directories are the paths' parents). */
export function memoryReader(files: Readonly<Record<string, string>>): ComposeFileReader {
  const dirs = new Set<string>();
  for (const path of Object.keys(files)) for (let d = dirPath(path); !dirs.has(d); d = dirPath(d)) dirs.add(d);
  return {
    readFile: (path) => (Object.hasOwn(files, path) ? files[path] : undefined),
    isDirectory: (path) => dirs.has(path),
  };
}

/** The files discovery finds from `dir` upwards: the first compose file and its override, with warnings. */
export function discoverComposeFiles(reader: ComposeFileReader, dir: string, warn: (m: string) => void): string[] {
  for (let d = dir; ; d = dirPath(d)) {
    const found = DEFAULT_FILE_NAMES.map((n) => joinPath(d, n)).filter((p) => reader.readFile(p) !== undefined);
    if (found.length > 0) {
      if (found.length > 1) {
        warn(`Found multiple config files with supported names: ${found.join(', ')}`);
        warn(`Using ${found[0]!}`);
      }
      const overrides = DEFAULT_OVERRIDE_FILE_NAMES.map((n) => joinPath(d, n)).filter((p) => reader.readFile(p) !== undefined);
      if (overrides.length > 1) {
        warn(`Found multiple override files with supported names: ${overrides.join(', ')}`);
        warn(`Using ${overrides[0]!}`);
      }
      return overrides.length > 0 ? [found[0]!, overrides[0]!] : [found[0]!];
    }
    if (dirPath(d) === d) return [];
  }
}

/** `COMPOSE_FILE`: paths split on `COMPOSE_PATH_SEPARATOR` (default `:`), each required to exist. */
export function composeFileFromEnv(env: ReadonlyMap<string, string>, reader: ComposeFileReader, cwd: string): string[] | undefined {
  const value = env.get('COMPOSE_FILE');
  if (value === undefined) return undefined;
  const separator = env.get('COMPOSE_PATH_SEPARATOR') || ':';
  return value.split(separator).map((p) => {
    const abs = absPath(p, cwd);
    if (reader.readFile(abs) === undefined && reader.isDirectory?.(abs) !== true) throw fileNotFound('stat', abs);
    return abs;
  });
}
