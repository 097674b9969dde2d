/**
 * @module
 * The credentials a client keeps per registry — what the docker CLI writes to `config.json`
 * after `docker login` and sends with every pull and push (`X-Registry-Auth`). The daemon only
 * checks credentials; it never stores them.
 */
import type { AuthConfig } from '../registry/auth.js';
import { registryHostname } from '../registry/auth.js';
import { parseNormalizedNamed } from '../reference/parse.js';

/** Stored logins, keyed by registry hostname (`docker.io`, `localhost:5000`). */
export class CredentialStore {
  readonly #byHost = new Map<string, AuthConfig>();

  /** The login stored for the registry a server address or hostname designates. */
  get(server: string | undefined): AuthConfig | undefined {
    return this.#byHost.get(registryHostname(server));
  }

  /** The login for the registry an image name points at, as the CLI resolves it (none for a malformed name). */
  forImage(image: string): AuthConfig | undefined {
    try {
      return this.get(registryHostname(parseNormalizedNamed(image).domain));
    } catch {
      return undefined; // a malformed name: the daemon reports it
    }
  }

  /** Stores a login (`docker login`). */
  set(server: string | undefined, auth: AuthConfig): void {
    this.#byHost.set(registryHostname(server), { ...auth });
  }

  /** Forgets a login (`docker logout`); false when there was none. */
  delete(server: string | undefined): boolean {
    return this.#byHost.delete(registryHostname(server));
  }

  /** Hostnames with a stored login, sorted. */
  servers(): string[] {
    return [...this.#byHost.keys()].sort();
  }
}
