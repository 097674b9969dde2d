/**
 * @module
 * The parts of a normalized compose service, in the Compose Specification's long syntax and
 * field names (what `docker compose config` prints): published ports, mounts, network
 * attachments, dependencies, healthcheck, build, deploy, env files, logging.
 * See https://docs.docker.com/reference/compose-file/services/.
 */
import type { Json } from '../../core/serialize.js';

/** A published port (`ports:` long syntax). `published` is text: `8080`, `8000-8010` or absent (ephemeral). */
export interface PortConfig {
  readonly name?: string;
  /** `ingress` (the default) or `host`. */
  readonly mode: string;
  readonly host_ip?: string;
  /** The container port. */
  readonly target: number;
  readonly published?: string;
  /** `tcp` (default), `udp` or `sctp`. */
  readonly protocol: string;
  readonly app_protocol?: string;
}

/** Options of a bind mount. */
export interface BindOptions {
  readonly propagation?: string;
  readonly selinux?: string;
  /** Create the host path when missing; true unless set to false. */
  readonly create_host_path: boolean;
  readonly recursive?: string;
}

/** Options of a volume mount. */
export interface VolumeOptions {
  readonly nocopy?: boolean;
  readonly subpath?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

/** A service mount (`volumes:` long syntax). */
export interface VolumeMount {
  /** `volume`, `bind`, `tmpfs`, `npipe`, `cluster` or `image`. */
  readonly type: string;
  /** Volume key (declared top-level), absolute host path (bind), or absent (anonymous volume, tmpfs). */
  readonly source?: string;
  readonly target: string;
  readonly read_only?: boolean;
  readonly consistency?: string;
  readonly bind?: BindOptions;
  readonly volume?: VolumeOptions;
  readonly tmpfs?: { readonly size?: number; readonly mode?: number };
  readonly image?: { readonly subpath?: string };
}

/** How a service joins one network (`networks: front: {aliases, ipv4_address}`). */
export interface ServiceNetwork {
  readonly aliases?: readonly string[];
  readonly driver_opts?: Readonly<Record<string, string>>;
  readonly gw_priority?: number;
  readonly interface_name?: string;
  readonly ipv4_address?: string;
  readonly ipv6_address?: string;
  readonly link_local_ips?: readonly string[];
  readonly mac_address?: string;
  readonly priority?: number;
}

/** The condition Compose waits for before starting a dependent service. */
export type DependencyCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

/** One `depends_on` entry in long syntax. */
export interface Dependency {
  readonly condition: DependencyCondition;
  /** Restart this service when the dependency is restarted by a Compose operation. */
  readonly restart?: boolean;
  /** When false, a missing or disabled dependency is only warned about. */
  readonly required: boolean;
}

/** `healthcheck:` with durations in nanoseconds (as the Engine API's `Healthcheck`). */
export interface HealthcheckConfig {
  /** `["CMD", …]`, `["CMD-SHELL", "…"]` or `["NONE"]`; a string test becomes `CMD-SHELL`. */
  readonly test?: readonly string[];
  readonly timeout?: number;
  readonly interval?: number;
  readonly retries?: number;
  readonly start_period?: number;
  readonly start_interval?: number;
  readonly disable?: boolean;
}

/** `build:` in long syntax; `context` is absolute once loaded (unless a URL). */
export interface BuildConfig {
  readonly context: string;
  readonly dockerfile?: string;
  readonly dockerfile_inline?: string;
  /** Build arguments; `null` for `ARG` names given without a value and not found in the environment. */
  readonly args?: Readonly<Record<string, string | null>>;
  readonly target?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly cache_from?: readonly string[];
  readonly cache_to?: readonly string[];
  readonly no_cache?: boolean;
  readonly pull?: boolean;
  readonly network?: string;
  readonly tags?: readonly string[];
  readonly platforms?: readonly string[];
  readonly extra_hosts?: Readonly<Record<string, readonly string[]>>;
  readonly privileged?: boolean;
  /** Build attributes dockersim keeps (canonical form) but does not interpret: `ssh`, `secrets`, `shm_size`… */
  readonly extra?: Readonly<Record<string, Json>>;
}

/** Limits or reservations of `deploy.resources`. */
export interface ResourceAmounts {
  /** CPUs (`0.5` is half a CPU). */
  readonly cpus?: number;
  /** Bytes of memory. */
  readonly memory?: number;
  readonly pids?: number;
  /** `devices` and `generic_resources`, kept in canonical form. */
  readonly extra?: Readonly<Record<string, Json>>;
}

/** `deploy:`, of which Compose itself uses `replicas`, `resources` and `restart_policy`. */
export interface DeployConfig {
  readonly mode?: string;
  readonly replicas?: number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly resources?: { readonly limits?: ResourceAmounts; readonly reservations?: ResourceAmounts };
  readonly endpoint_mode?: string;
  /** Other deploy attributes, kept in canonical form: `restart_policy`, `placement`, `update_config`… */
  readonly extra?: Readonly<Record<string, Json>>;
}

/** One `env_file:` entry; `path` is absolute once loaded. */
export interface EnvFileRef {
  readonly path: string;
  readonly required: boolean;
  readonly format?: string;
}

/** `logging:`. */
export interface LoggingConfig {
  readonly driver?: string;
  readonly options?: Readonly<Record<string, string>>;
}
