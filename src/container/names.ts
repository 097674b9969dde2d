/**
 * @module
 * Container names (moby `daemon/names.go`): the `[a-zA-Z0-9][a-zA-Z0-9_.-]+` rule, the leading
 * `/` Docker stores, and the choice of a random name (`admiring_turing`) for a container created
 * without one.
 */
import type { DockerError } from '../core/errors.js';
import { invalidContainerName } from '../core/messages/containers.js';
import { pickContainerName } from '../core/names.js';
import type { Random } from '../core/random.js';

const VALID_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** Checks a user-given name and returns it as stored (`/web`), or Docker's 400. */
export function normalizeContainerName(name: string): string | DockerError {
  const bare = name.startsWith('/') ? name.slice(1) : name;
  if (!VALID_NAME.test(bare)) return invalidContainerName(name);
  return `/${bare}`;
}

/** A free random name for container `id`, stored form (`/jolly_bouman`). */
export function randomContainerName(random: Random, id: string, isTaken: (storedName: string) => boolean): string {
  return `/${pickContainerName(random, id, (name) => isTaken(`/${name}`))}`;
}
