/**
 * @module
 * `loadProject`: what `docker compose` does before any command — find the files (`-f`,
 * `COMPOSE_FILE`, discovery), build the environment (`.env`, `--env-file`), name the project,
 * merge and interpolate the files, validate, normalize and check the model, apply profiles and
 * service selection, resolve each service's environment — and the frozen project it yields.
 * Browser-safe: files come from the caller's reader. See https://docs.docker.com/compose/.
 */
export type { LoadedProject, LoadProjectOptions } from './load-options.js';
import { emptyComposeFile, fileNotFound, invalidProjectName, noConfigurationFile, projectNameEmpty } from '../../core/messages/compose.js';
import { type ComposeFileReader, composeFileFromEnv, discoverComposeFiles, memoryReader } from './files.js';
import type { LoadedProject, LoadProjectOptions } from './load-options.js';
import { absPath, basePath, dirPath } from '../go/path.js';
import { addDotEnv } from './environment.js';
import { bindProject } from './project-from-model.js';
import { modelFromFiles, type ParsedFile, parseFile } from './model-from-files.js';
import { normalizeModel } from './normalize.js';
import { isValidProjectName, resolveProjectName } from './project-name.js';
import { interpolate } from './interpolate.js';

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

/** The interpolated `name:` of the files, when one of them sets it. */
function nameFromFiles(files: readonly ParsedFile[], env: ReadonlyMap<string, string>, warn: (m: string) => void): string | undefined {
  let raw: string | undefined;
  for (const f of files) for (const d of f.documents) if (d.value !== null && typeof d.value === 'object' && !Array.isArray(d.value) && typeof d.value.name === 'string' && d.value.name !== '') raw = d.value.name;
  if (raw === undefined) return undefined;
  return interpolate({ name: raw }, { lookup: (k) => env.get(k), warn }).name as string;
}

/** Loads a compose project as `docker compose` would. Throws compose's errors as {@link DockerError}s. */
export function loadProject(options: LoadProjectOptions): LoadedProject {
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
    fromFiles: options.interpolate === false ? undefined : nameFromFiles(files, env, warn),
    directory: basePath(workingDir),
  });
  env.set('COMPOSE_PROJECT_NAME', name);
  const model = modelFromFiles(files, { env, interpolate: options.interpolate ?? true, workingDir, home: env.get('HOME'), reader, warn });
  if (Object.keys(model).length === 0) throw emptyComposeFile();
  if (name === '') throw projectNameEmpty();
  const normalized = normalizeModel(model, name, env);
  const profiles = (options.profiles !== undefined && options.profiles.length > 0 ? options.profiles : (env.get('COMPOSE_PROFILES') ?? '').split(',').map((p) => p.trim())).filter((p) => p !== '');
  const project = bindProject(normalized, {
    workingDir,
    composeFiles: paths,
    environment: env,
    profiles,
    services: options.services ?? [],
    consistency: options.consistency ?? true,
    resolveEnvironment: (options.resolveEnvironment ?? true) ? reader : undefined,
    allResources: options.allResources ?? false,
  });
  return { project, warnings };
}
