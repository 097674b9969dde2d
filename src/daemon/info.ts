/**
 * @module
 * `GET /info` (`docker info`): the daemon's identity and object counts, derived from its state.
 */
import { formatTimestamp } from '../core/time.js';
import type { HostState } from './state.js';
import { ENGINE_VERSION, KERNEL_VERSION } from './version.js';

/** Object counts shown by `docker info`. */
export interface HostCounts {
  readonly containers: number;
  readonly running: number;
  readonly paused: number;
  readonly stopped: number;
  readonly images: number;
}

/** `GET /info` (Engine API `SystemInfo`; the fields the docker CLI reads). */
export interface SystemInfo {
  readonly ID: string;
  readonly Containers: number;
  readonly ContainersRunning: number;
  readonly ContainersPaused: number;
  readonly ContainersStopped: number;
  readonly Images: number;
  readonly Driver: string;
  readonly DriverStatus: readonly (readonly [string, string])[];
  readonly DockerRootDir: string;
  readonly Plugins: {
    readonly Volume: readonly string[];
    readonly Network: readonly string[];
    readonly Authorization: readonly string[] | null;
    readonly Log: readonly string[];
  };
  readonly MemoryLimit: boolean;
  readonly SwapLimit: boolean;
  readonly CpuCfsPeriod: boolean;
  readonly CpuCfsQuota: boolean;
  readonly CPUShares: boolean;
  readonly CPUSet: boolean;
  readonly PidsLimit: boolean;
  readonly OomKillDisable: boolean;
  readonly IPv4Forwarding: boolean;
  readonly Debug: boolean;
  readonly NFd: number;
  readonly NGoroutines: number;
  readonly SystemTime: string;
  readonly LoggingDriver: string;
  readonly CgroupDriver: string;
  readonly CgroupVersion: string;
  readonly NEventsListener: number;
  readonly KernelVersion: string;
  readonly OperatingSystem: string;
  readonly OSVersion: string;
  readonly OSType: string;
  readonly Architecture: string;
  readonly NCPU: number;
  readonly MemTotal: number;
  readonly IndexServerAddress: string;
  readonly RegistryConfig: {
    readonly IndexConfigs: { readonly [name: string]: { readonly Name: string; readonly Mirrors: readonly string[]; readonly Secure: boolean; readonly Official: boolean } };
    readonly InsecureRegistryCIDRs: readonly string[];
    readonly Mirrors: readonly string[];
  };
  readonly GenericResources: null;
  readonly HttpProxy: string;
  readonly HttpsProxy: string;
  readonly NoProxy: string;
  readonly Name: string;
  readonly Labels: readonly string[];
  readonly ExperimentalBuild: boolean;
  readonly ServerVersion: string;
  readonly Runtimes: { readonly [name: string]: { readonly path: string } };
  readonly DefaultRuntime: string;
  readonly Swarm: {
    readonly NodeID: string;
    readonly NodeAddr: string;
    readonly LocalNodeState: 'inactive';
    readonly ControlAvailable: boolean;
    readonly Error: string;
    readonly RemoteManagers: null;
  };
  readonly LiveRestoreEnabled: boolean;
  readonly Isolation: string;
  readonly InitBinary: string;
  readonly ContainerdCommit: { readonly ID: string };
  readonly RuncCommit: { readonly ID: string };
  readonly InitCommit: { readonly ID: string };
  readonly SecurityOptions: readonly string[];
  readonly DefaultAddressPools: readonly { readonly Base: string; readonly Size: number }[];
  readonly Warnings: readonly string[] | null;
}

/** The simulated machine: 2 CPUs, 8 GiB, as a modest laptop VM would report. */
export const HOST_NCPU = 2;
/** Memory of a simulated host in bytes (8 GiB). */
export const HOST_MEMORY = 8 * 1024 ** 3;

/** Builds the `docker info` report of a host at virtual time `now`. */
export function systemInfo(host: HostState, counts: HostCounts, now: number): SystemInfo {
  return {
    ID: host.id,
    Containers: counts.containers,
    ContainersRunning: counts.running,
    ContainersPaused: counts.paused,
    ContainersStopped: counts.stopped,
    Images: counts.images,
    Driver: 'overlay2',
    DriverStatus: [
      ['Backing Filesystem', 'extfs'],
      ['Supports d_type', 'true'],
      ['Using metacopy', 'false'],
      ['Native Overlay Diff', 'true'],
      ['userxattr', 'false'],
    ],
    DockerRootDir: '/var/lib/docker',
    Plugins: { Volume: ['local'], Network: ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'], Authorization: null, Log: ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'] },
    MemoryLimit: true,
    SwapLimit: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    OomKillDisable: false,
    IPv4Forwarding: true,
    Debug: false,
    NFd: 24,
    NGoroutines: 40,
    SystemTime: formatTimestamp(now),
    LoggingDriver: 'json-file',
    CgroupDriver: 'systemd',
    CgroupVersion: '2',
    NEventsListener: 0,
    KernelVersion: KERNEL_VERSION,
    OperatingSystem: 'dockersim (simulated Docker Engine)',
    OSVersion: '',
    OSType: 'linux',
    Architecture: 'x86_64',
    NCPU: HOST_NCPU,
    MemTotal: HOST_MEMORY,
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: {
      IndexConfigs: { 'docker.io': { Name: 'docker.io', Mirrors: [], Secure: true, Official: true } },
      InsecureRegistryCIDRs: ['::1/128', '127.0.0.0/8'],
      Mirrors: [],
    },
    GenericResources: null,
    HttpProxy: '',
    HttpsProxy: '',
    NoProxy: '',
    Name: host.hostname,
    Labels: [],
    ExperimentalBuild: false,
    ServerVersion: ENGINE_VERSION,
    Runtimes: { runc: { path: 'runc' } },
    DefaultRuntime: 'runc',
    Swarm: { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null },
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    ContainerdCommit: { ID: 'dockersim' },
    RuncCommit: { ID: 'dockersim' },
    InitCommit: { ID: 'dockersim' },
    SecurityOptions: ['name=seccomp,profile=builtin', 'name=cgroupns'],
    DefaultAddressPools: [],
    Warnings: null,
  };
}
