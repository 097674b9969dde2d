/**
 * @module
 * How Compose names a project: `-p` first, then `COMPOSE_PROJECT_NAME`, then the top-level `name:`
 * of the files (interpolated, last one wins), then the project directory's base name. Names set
 * by the user must already be valid; derived ones are normalized (lowercase, only `[a-z0-9_-]`,
 * no leading `_` or `-`). See https://docs.docker.com/compose/how-tos/project-name/.
 */
import { invalidProjectName } from '../../core/messages/compose.js';

/** compose-go `NormalizeProjectName`. */
export function normalizeProjectName(name: string): string {
  return (name.toLowerCase().match(/[a-z0-9_-]/g) ?? []).join('').replace(/^[_-]+/, '');
}

/** True for a name Compose accepts as given. */
export const isValidProjectName = (name: string): boolean => normalizeProjectName(name) === name;

/** Where the name came from, which decides whether it is checked or normalized. */
export interface ProjectNameSources {
  /** `-p` / `--project-name`. */
  readonly flag?: string;
  /** `COMPOSE_PROJECT_NAME` from the environment or `.env`. */
  readonly env?: string;
  /** The interpolated `name:` of the files (the last one set), present when some file sets one. */
  readonly fromFiles?: string;
  /** The project directory's base name. */
  readonly directory: string;
}

/** The project name by Compose's precedence; throws `invalid project name …` for a bad explicit one. */
export function resolveProjectName(sources: ProjectNameSources): string {
  const explicit = sources.flag || sources.env;
  if (explicit) {
    if (!isValidProjectName(explicit)) throw invalidProjectName(explicit);
    return explicit;
  }
  // a file that sets `name:` rules out the directory, even if the name interpolates to nothing
  return normalizeProjectName(sources.fromFiles ?? sources.directory);
}
