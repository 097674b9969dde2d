/**
 * @module
 * The project environment and each service's environment, as Compose builds them: the caller's
 * environment always wins, `.env` (or `--env-file`) only fills in what is missing; a service's
 * `env_file` entries are read in order and its `environment` overrides them.
 * See https://docs.docker.com/compose/how-tos/environment-variables/envvars-precedence/.
 */
import { envFileMissing, envFileUnreadable, serviceEnvFileNotFound } from '../../core/messages/compose.js';
import type { ComposeService } from '../model/service.js';
import { absPath, joinPath } from '../../core/go-path.js';
import { setKey } from './dict.js';
import { parseDotEnv } from './dotenv.js';
import type { ComposeFileReader } from './files.js';

/**
 * Adds the variables of `files` (or of `<dir>/.env` when none is named and it exists) to `env`,
 * without overriding any; references inside the files see `env` first. Throws compose's errors.
 */
export function addDotEnv(env: Map<string, string>, reader: ComposeFileReader, dir: string, files: readonly string[], cwd: string): void {
  let paths = files.map((f) => absPath(f, cwd));
  if (paths.length === 0) {
    const disabled = env.get('COMPOSE_DISABLE_ENV_FILE');
    if (disabled !== undefined && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(disabled)) return;
    const dotenv = joinPath(dir, '.env');
    if (reader.readFile(dotenv) === undefined || reader.isDirectory?.(dotenv) === true) return;
    paths = [dotenv];
  }
  const loaded = new Map<string, string>();
  for (const path of paths) {
    if (reader.isDirectory?.(path) === true) throw envFileUnreadable(path, `${path} is a directory`);
    const text = reader.readFile(path);
    if (text === undefined) throw envFileMissing(path);
    try {
      parseDotEnv(text, (k) => env.get(k) ?? loaded.get(k), loaded);
    } catch (e) {
      throw envFileUnreadable(path, (e as Error).message);
    }
  }
  for (const [k, v] of loaded) if (!env.has(k)) env.set(k, v);
}

/**
 * compose-go `WithServicesEnvironmentResolved`: bare names filled from the project environment,
 * then `env_file` entries read (a missing required file is an error) and overridden by
 * `environment`; the env files are then dropped from the service.
 */
export function resolveServiceEnvironment(service: ComposeService, projectEnv: ReadonlyMap<string, string>, reader: ComposeFileReader): ComposeService {
  const declared: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(service.environment ?? {})) setKey(declared, k, v ?? projectEnv.get(k) ?? null);
  const fromFiles = new Map<string, string>();
  for (const [k, v] of Object.entries(declared)) if (v !== null) fromFiles.set(k, v);
  for (const file of service.env_file ?? []) {
    const text = reader.readFile(file.path);
    if (text === undefined) {
      if (file.required) throw serviceEnvFileNotFound(file.path);
      continue;
    }
    try {
      parseDotEnv(text, (k) => projectEnv.get(k) ?? declared[k] ?? undefined, fromFiles);
    } catch (e) {
      throw envFileUnreadable(file.path, (e as Error).message);
    }
  }
  const environment: Record<string, string | null> = {};
  for (const [k, v] of fromFiles) setKey<string | null>(environment, k, v);
  for (const [k, v] of Object.entries(declared)) setKey(environment, k, v);
  const { env_file: _dropped, ...rest } = service;
  return Object.keys(environment).length > 0 ? { ...rest, environment } : rest;
}
