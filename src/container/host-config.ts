/**
 * @module
 * `HostConfig`: the non-portable part of a container's configuration (ports, mounts, restart
 * policy, resources, network mode) in the Engine API v1.50 wire shape, and the defaults the daemon
 * fills at create (moby `daemon/daemon_unix.go` adaptContainerSettings, `daemon/create.go`).
 */

/** How a container restarts when it exits (`--restart`). */
export interface RestartPolicy {
  readonly Name: '' | 'no' | 'always' | 'unless-stopped' | 'on-failure';
  readonly MaximumRetryCount: number;
}

import type { PortMap } from '../network/ports/port-spec.js';

// One shape for port bindings, the network layer's (`-p 127.0.0.1:8080:80` by container port).
export type { PortBinding, PortMap } from '../network/ports/port-spec.js';

/** A `--mount` (Engine API `Mount`). */
export interface Mount {
  readonly Type: 'bind' | 'volume' | 'tmpfs' | 'image' | 'npipe' | 'cluster';
  readonly Source?: string;
  readonly Target: string;
  readonly ReadOnly?: boolean;
  readonly Consistency?: string;
  readonly BindOptions?: { readonly [key: string]: unknown };
  readonly VolumeOptions?: { readonly NoCopy?: boolean; readonly Labels?: { readonly [key: string]: string } };
  readonly TmpfsOptions?: { readonly SizeBytes?: number; readonly Mode?: number };
}

/** The logging driver (`--log-driver`); dockersim implements json-file semantics. */
export interface LogConfig {
  readonly Type: string;
  readonly Config: { readonly [key: string]: string };
}

/** A container's host configuration (Engine API `HostConfig`, with the resource fields dockersim models). */
export interface HostConfig {
  readonly Binds: readonly string[] | null;
  readonly ContainerIDFile: string;
  readonly LogConfig: LogConfig;
  readonly NetworkMode: string;
  readonly PortBindings: PortMap;
  readonly RestartPolicy: RestartPolicy;
  readonly AutoRemove: boolean;
  readonly VolumeDriver: string;
  readonly VolumesFrom: readonly string[] | null;
  readonly Mounts?: readonly Mount[];
  readonly ConsoleSize: readonly [number, number];
  readonly CapAdd: readonly string[] | null;
  readonly CapDrop: readonly string[] | null;
  readonly CgroupnsMode: string;
  readonly Dns: readonly string[];
  readonly DnsOptions: readonly string[];
  readonly DnsSearch: readonly string[];
  readonly ExtraHosts: readonly string[] | null;
  readonly GroupAdd: readonly string[] | null;
  readonly IpcMode: string;
  readonly Cgroup: string;
  readonly Links: readonly string[] | null;
  readonly OomScoreAdj: number;
  readonly PidMode: string;
  readonly Privileged: boolean;
  readonly PublishAllPorts: boolean;
  readonly ReadonlyRootfs: boolean;
  readonly SecurityOpt: readonly string[] | null;
  readonly UTSMode: string;
  readonly UsernsMode: string;
  readonly ShmSize: number;
  readonly Runtime: string;
  readonly Isolation: string;
  readonly CpuShares: number;
  /** Memory limit in bytes; 0 = unlimited. Exceeding it is an OOM kill (137). */
  readonly Memory: number;
  readonly NanoCpus: number;
  readonly CgroupParent: string;
  readonly BlkioWeight: number;
  readonly CpuPeriod: number;
  readonly CpuQuota: number;
  readonly CpusetCpus: string;
  readonly CpusetMems: string;
  readonly MemoryReservation: number;
  readonly MemorySwap: number;
  readonly MemorySwappiness: number | null;
  readonly OomKillDisable: boolean;
  readonly PidsLimit: number | null;
  readonly Init: boolean | null;
  readonly MaskedPaths: readonly string[] | null;
  readonly ReadonlyPaths: readonly string[] | null;
}

/** 64 MiB: the daemon's default `/dev/shm` size (moby `config.DefaultShmSize`). */
export const DEFAULT_SHM_SIZE = 64 * 1024 * 1024;

/** Paths the daemon masks in every unprivileged container (moby `oci.DefaultSpec`). */
export const DEFAULT_MASKED_PATHS: readonly string[] = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
];

/** Paths the daemon makes read-only in every unprivileged container. */
export const DEFAULT_READONLY_PATHS: readonly string[] = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** A HostConfig as the daemon stores it when the request says nothing. */
export const DEFAULT_HOST_CONFIG: HostConfig = {
  Binds: null,
  ContainerIDFile: '',
  LogConfig: { Type: 'json-file', Config: {} },
  NetworkMode: 'bridge',
  PortBindings: {},
  RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
  AutoRemove: false,
  VolumeDriver: '',
  VolumesFrom: null,
  ConsoleSize: [0, 0],
  CapAdd: null,
  CapDrop: null,
  CgroupnsMode: 'private',
  Dns: [],
  DnsOptions: [],
  DnsSearch: [],
  ExtraHosts: null,
  GroupAdd: null,
  IpcMode: 'private',
  Cgroup: '',
  Links: null,
  OomScoreAdj: 0,
  PidMode: '',
  Privileged: false,
  PublishAllPorts: false,
  ReadonlyRootfs: false,
  SecurityOpt: null,
  UTSMode: '',
  UsernsMode: '',
  ShmSize: DEFAULT_SHM_SIZE,
  Runtime: 'runc',
  Isolation: '',
  CpuShares: 0,
  Memory: 0,
  NanoCpus: 0,
  CgroupParent: '',
  BlkioWeight: 0,
  CpuPeriod: 0,
  CpuQuota: 0,
  CpusetCpus: '',
  CpusetMems: '',
  MemoryReservation: 0,
  MemorySwap: 0,
  MemorySwappiness: null,
  OomKillDisable: false,
  PidsLimit: null,
  Init: null,
  MaskedPaths: DEFAULT_MASKED_PATHS,
  ReadonlyPaths: DEFAULT_READONLY_PATHS,
};
