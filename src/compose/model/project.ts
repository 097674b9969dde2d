/**
 * @module
 * A loaded compose project: its name, directory, files, environment, services (enabled and
 * disabled by profiles) and top-level networks, volumes, secrets and configs, all frozen.
 * See https://docs.docker.com/reference/compose-file/.
 */
import type { Json } from '../../core/serialize.js';
import type { ComposeService } from './service.js';

/** One IPAM pool. */
export interface IpamPool {
  readonly subnet?: string;
  readonly gateway?: string;
  readonly ip_range?: string;
  readonly aux_addresses?: Readonly<Record<string, string>>;
}

/** A top-level network; `name` is the Docker network name (`<project>_<key>` unless set or external). */
export interface NetworkConfig {
  readonly name: string;
  readonly driver?: string;
  readonly driver_opts?: Readonly<Record<string, string>>;
  readonly ipam?: { readonly driver?: string; readonly config?: readonly IpamPool[]; readonly options?: Readonly<Record<string, string>> };
  /** Created outside Compose: never created nor removed by it. */
  readonly external?: boolean;
  readonly internal?: boolean;
  readonly attachable?: boolean;
  readonly labels?: Readonly<Record<string, string>>;
  readonly enable_ipv4?: boolean;
  readonly enable_ipv6?: boolean;
  readonly extensions?: Readonly<Record<string, Json>>;
}

/** A top-level volume; `name` is the Docker volume name (`<project>_<key>` unless set or external). */
export interface VolumeConfig {
  readonly name: string;
  readonly driver?: string;
  readonly driver_opts?: Readonly<Record<string, string>>;
  readonly external?: boolean;
  readonly labels?: Readonly<Record<string, string>>;
  readonly extensions?: Readonly<Record<string, Json>>;
}

/** A loaded, normalized compose project. */
export interface ComposeProject {
  /** The project name (`-p` > `COMPOSE_PROJECT_NAME` > `name:` > directory). */
  readonly name: string;
  /** Absolute project directory (`--project-directory`, else the first file's directory). */
  readonly workingDir: string;
  /** Absolute paths of the compose files, in load order. */
  readonly composeFiles: readonly string[];
  /** The variables used for interpolation (environment, then `.env` files). */
  readonly environment: Readonly<Record<string, string>>;
  /** Enabled services, by name (sorted). */
  readonly services: Readonly<Record<string, ComposeService>>;
  /** Services left out by the active profiles. */
  readonly disabledServices: Readonly<Record<string, ComposeService>>;
  /** Active profiles. */
  readonly profiles: readonly string[];
  readonly networks: Readonly<Record<string, NetworkConfig>>;
  readonly volumes: Readonly<Record<string, VolumeConfig>>;
  /** Top-level secrets and configs, in canonical form (dockersim does not interpret them). */
  readonly secrets: Readonly<Record<string, Json>>;
  readonly configs: Readonly<Record<string, Json>>;
  readonly extensions?: Readonly<Record<string, Json>>;
}
