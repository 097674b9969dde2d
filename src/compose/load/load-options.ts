/**
 * @module
 * The options of {@link loadProject}, one per `docker compose` global flag or environment
 * variable that shapes loading, and what it returns.
 */
import type { ComposeProject } from '../model/project.js';
import type { ComposeFile, ComposeFileReader } from './files.js';

/** What `docker compose [options]` gives the loader. */
export interface LoadProjectOptions {
  /** The directory the command runs in (absolute). */
  readonly workingDir: string;
  /** `--project-directory`; default: the first compose file's directory. */
  readonly projectDirectory?: string;
  /** `-f` files, by path (read through `reader`) or with their content. Default: `COMPOSE_FILE`, then discovery. */
  readonly files?: readonly (string | ComposeFile)[];
  /** Reads compose files, `.env`, `env_file`s. Default: only the `files` given with content. */
  readonly reader?: ComposeFileReader;
  /** The caller's environment (always wins over `.env`). */
  readonly env?: Readonly<Record<string, string>>;
  /** `--env-file` files; default `.env` in the working and project directories. */
  readonly envFiles?: readonly string[];
  /** `-p`. */
  readonly projectName?: string;
  /** `--profile`; default `COMPOSE_PROFILES`. */
  readonly profiles?: readonly string[];
  /** Restrict the project to these services and their dependencies (`up web`). */
  readonly services?: readonly string[];
  /** Interpolate `${VAR}` (`config --no-interpolate` turns it off); default true. */
  readonly interpolate?: boolean;
  /** Read `env_file`s into `environment` (and drop them); default true. */
  readonly resolveEnvironment?: boolean;
  /** Check cross-references and dependency cycles (`config --no-consistency`); default true. */
  readonly consistency?: boolean;
  /** Keep networks, volumes, secrets and configs no service uses (`--all-resources`); default false. */
  readonly allResources?: boolean;
}

/** A loaded project and the warnings Compose would have logged while loading it. */
export interface LoadedProject {
  readonly project: ComposeProject;
  readonly warnings: readonly string[];
}
