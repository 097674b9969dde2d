/**
 * @module
 * What `docker compose` settles before reading any service (compose-go `ProjectOptions`): the
 * environment (the caller's, then `.env` or `--env-file`), the files (`-f`, `COMPOSE_FILE`,
 * discovery), the project directory and the project name, with the files parsed.
 */
import { fileNotFound, invalidProjectName, noConfigurationFile } from '../../core/messages/compose.js';
import { absPath, basePath, dirPath } from '../../core/go-path.js';
import { addDotEnv } from './environment.js';
import { type ComposeFileReader, composeFileFromEnv, discoverComposeFiles, memoryReader } from './files.js';
import { interpolate } from './interpolate.js';
import type { LoadProjectOptions } from './load-options.js';
import { type ParsedFile, parseFile } from './model-from-files.js';
import { isValidProjectName, resolveProjectName } from './project-name.js';

/** Everything loading needs once files, environment and name are settled. */
export interface LoadContext {
  readonly warnings: string[];
  readonly warn: (message: string) => void;
  readonly reader: ComposeFileReader;
  /** The interpolation environment, `COMPOSE_PROJECT_NAME` included. */
  readonly env: Map<string, string>;
  /** Absolute paths of the compose files, in order. */
  readonly paths: readonly string[];
  /** Absolute project directory. */
  readonly workingDir: string;
  readonly files: readonly ParsedFile[];
  readonly name: string;
}

/** A reader that also serves the files given with their content. */
function readerWith(options: LoadProjectOptions): ComposeFileReader {
  const base = options.reader ?? memoryReader({});
  const inline = new Map<string, string>();
  for (const f of options.files ?? []) if (typeof f !== 'string') inline.set(absPath(f.path, options.workingDir), f.content);
  if (inline.size === 0) return base;
  return { readFile: (p) => inline.get(p) ?? base.readFile(p), isDirectory: (p) => base.isDirectory?.(p) ?? false };
}

/** The compose files to load, absolute, in order. */
function configPaths(options: LoadProjectOptions, env: ReadonlyMap<string, string>, reader: ComposeFileReader, warn: (m: string) => void): string[] {
  const cwd = options.workingDir;
  if (options.files !== undefined && options.files.length > 0) return options.files.map((f) => absPath(typeof f === 'string' ? f : f.path, cwd));
  const fromEnv = composeFileFromEnv(env, reader, cwd);
  if (fromEnv !== undefined) return fromEnv;
  return discoverComposeFiles(reader, absPath(options.projectDirectory ?? cwd, cwd), warn);
}

/** The `name:` of the files (the last set), interpolated unless asked not to, when one of them sets it. */
function nameFromFiles(files: readonly ParsedFile[], env: ReadonlyMap<string, string>, warn: (m: string) => void, interpolated: boolean): string | undefined {
  let raw: string | undefined;
  for (const f of files) for (const d of f.documents) if (d.value !== null && typeof d.value === 'object' && !Array.isArray(d.value) && typeof d.value.name === 'string' && d.value.name !== '') raw = d.value.name;
  if (raw === undefined || !interpolated) return raw;
  return interpolate({ name: raw }, { lookup: (k) => env.get(k), warn }).name as string;
}

/** Settles environment, files, project directory and name; parses the files. Throws compose's errors. */
export function openProject(options: LoadProjectOptions): LoadContext {
  const warnings: string[] = [];
  const warn = (m: string): void => void warnings.push(m);
  const cwd = options.workingDir;
  if (options.projectName && !isValidProjectName(options.projectName)) throw invalidProjectName(options.projectName);
  const reader = readerWith(options);
  const env = new Map(Object.entries(options.env ?? {}));
  if (!env.has('PWD')) env.set('PWD', cwd);
  const envFiles = options.envFiles ?? [];
  addDotEnv(env, reader, absPath(options.projectDirectory ?? cwd, cwd), envFiles, cwd);
  const paths = configPaths(options, env, reader, warn);
  if (paths.length === 0) throw noConfigurationFile();
  const workingDir = absPath(options.projectDirectory ?? dirPath(paths[0]!), cwd);
  addDotEnv(env, reader, workingDir, envFiles, cwd);
  const files = paths.map((path) => {
    const content = reader.readFile(path);
    if (content === undefined) throw fileNotFound('open', path);
    return parseFile(path, content);
  });
  const name = resolveProjectName({
    flag: options.projectName,
    env: env.get('COMPOSE_PROJECT_NAME'),
    fromFiles: nameFromFiles(files, env, warn, options.interpolate ?? true),
    directory: basePath(workingDir),
  });
  env.set('COMPOSE_PROJECT_NAME', name);
  return { warnings, warn, reader, env, paths, workingDir, files, name };
}
