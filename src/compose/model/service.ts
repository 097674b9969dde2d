/**
 * @module
 * A normalized compose service: what compose.yaml says about one service once files are merged,
 * variables interpolated, short syntaxes expanded, defaults filled in and paths made absolute.
 * Field names are the Compose Specification's. See https://docs.docker.com/reference/compose-file/services/.
 */
import type { Json } from '../../core/serialize.js';
import type {
  BuildConfig,
  DeployConfig,
  Dependency,
  EnvFileRef,
  HealthcheckConfig,
  LoggingConfig,
  PortConfig,
  ServiceNetwork,
  VolumeMount,
} from './service-parts.js';

/** One service of a compose project (frozen). */
export interface ComposeService {
  /** The service's key under `services:`. */
  readonly name: string;
  readonly profiles?: readonly string[];
  readonly attach?: boolean;
  readonly build?: BuildConfig;
  readonly cap_add?: readonly string[];
  readonly cap_drop?: readonly string[];
  /** The command; `[]` clears the image's CMD, absent keeps it. A string is split like a shell would. */
  readonly command?: readonly string[];
  readonly container_name?: string;
  /** CPUs the container may use (`cpus: 1.5`). */
  readonly cpus?: number;
  readonly cpu_shares?: number;
  readonly depends_on?: Readonly<Record<string, Dependency>>;
  readonly deploy?: DeployConfig;
  readonly dns?: readonly string[];
  readonly dns_opt?: readonly string[];
  readonly dns_search?: readonly string[];
  readonly domainname?: string;
  readonly entrypoint?: readonly string[];
  /** Environment; `null` for a variable named without a value and not set in the project environment. */
  readonly environment?: Readonly<Record<string, string | null>>;
  readonly env_file?: readonly EnvFileRef[];
  /** Exposed container ports, as text (`3000`, `8000-8010/udp`). */
  readonly expose?: readonly string[];
  /** Host names to IP addresses (`extra_hosts`), several IPs per host allowed. */
  readonly extra_hosts?: Readonly<Record<string, readonly string[]>>;
  readonly group_add?: readonly string[];
  readonly hostname?: string;
  readonly healthcheck?: HealthcheckConfig;
  readonly image?: string;
  readonly init?: boolean;
  readonly ipc?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly links?: readonly string[];
  readonly logging?: LoggingConfig;
  readonly mac_address?: string;
  /** Memory limit in bytes (`mem_limit: 512m`). */
  readonly mem_limit?: number;
  /** Memory reservation in bytes. */
  readonly mem_reservation?: number;
  /** Memory plus swap limit in bytes (`-1`: unlimited). */
  readonly memswap_limit?: number;
  readonly network_mode?: string;
  /** Networks the service joins (`null`: joined with no options). */
  readonly networks?: Readonly<Record<string, ServiceNetwork | null>>;
  readonly pid?: string;
  readonly pids_limit?: number;
  readonly platform?: string;
  readonly ports?: readonly PortConfig[];
  readonly privileged?: boolean;
  readonly pull_policy?: string;
  readonly read_only?: boolean;
  /** `no`, `always`, `on-failure[:N]` or `unless-stopped`. */
  readonly restart?: string;
  readonly runtime?: string;
  /** Replicas asked with `scale:` (`deploy.replicas` is kept equal). */
  readonly scale?: number;
  readonly security_opt?: readonly string[];
  /** Size of /dev/shm in bytes. */
  readonly shm_size?: number;
  readonly stdin_open?: boolean;
  /** Nanoseconds to wait after the stop signal before SIGKILL. */
  readonly stop_grace_period?: number;
  readonly stop_signal?: string;
  readonly sysctls?: Readonly<Record<string, string>>;
  readonly tmpfs?: readonly string[];
  readonly tty?: boolean;
  readonly user?: string;
  readonly volumes?: readonly VolumeMount[];
  readonly volumes_from?: readonly string[];
  readonly working_dir?: string;
  /** Attributes of the specification dockersim keeps (canonical form) but does not interpret. */
  readonly extra?: Readonly<Record<string, Json>>;
  /** `x-*` extension attributes. */
  readonly extensions?: Readonly<Record<string, Json>>;
}

/** How many containers the service runs: `scale`, else `deploy.replicas`, else 1 (compose-go `GetScale`). */
export function serviceScale(service: ComposeService): number {
  return service.scale ?? service.deploy?.replicas ?? 1;
}

/** The service run with `replicas` containers (`up --scale`, compose-go `SetScale`): `scale` and any `deploy.replicas` set. */
export function withScale(service: ComposeService, replicas: number): ComposeService {
  const scaled: ComposeService = { ...service, scale: replicas, ...(service.deploy === undefined ? {} : { deploy: Object.freeze({ ...service.deploy, replicas }) }) };
  return Object.freeze(scaled);
}
