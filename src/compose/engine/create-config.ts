/**
 * @module
 * The `POST /containers/create` body Compose sends for one replica of a service (docker/compose
 * `getCreateConfigs`): the service's command, environment, healthcheck, user and labels; binds for
 * plain bind mounts and the Mount API for volumes and tmpfs; published ports; the restart policy;
 * and the endpoint on each network with the container name, the service name and the service's
 * `aliases` as DNS aliases.
 */
import type { ContainerCreateRequest, EndpointRequest } from '../../container/create.js';
import type { Mount } from '../../container/host-config.js';
import type { ComposeProject } from '../model/project.js';
import type { ComposeService } from '../model/service.js';
import type { ServiceNetwork, VolumeMount } from '../model/service-parts.js';
import { containerName, serviceImageName } from '../naming.js';

/** Options of {@link createRequest}. */
export interface CreateRequestOptions {
  /** Labels (Compose's and the service's) the container gets. */
  readonly labels: Readonly<Record<string, string>>;
  /** Replica number (aliases use the replica's name). */
  readonly number: number;
  /** The container's name, for its own DNS alias (a one-off's `…-run-…`). */
  readonly name?: string;
  /** Service name and `aliases` as DNS aliases (false for `compose run` without `--use-aliases`). */
  readonly useAliases?: boolean;
  readonly autoRemove?: boolean;
  readonly attachStdin?: boolean;
  /** Containers of other services by name (resolving `network_mode: service:x`, `volumes_from`). */
  readonly containerOf?: (service: string) => string | undefined;
}

/** Networks by priority (highest first), then name (compose-go `NetworksByPriority`). */
export function networksByPriority(service: ComposeService): string[] {
  const nets = service.networks ?? {};
  return Object.keys(nets).sort((a, b) => (nets[b]?.priority ?? 0) - (nets[a]?.priority ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Environment as `K=V` (a variable without value: the bare name, Compose `ToMobyEnv`). */
function mobyEnv(env: ComposeService['environment']): string[] {
  return Object.keys(env ?? {})
    .sort()
    .map((k) => (env![k] === null ? k : `${k}=${env![k]!}`));
}

/** ns → the Engine's nanoseconds (absent stays absent). */
function healthcheck(service: ComposeService): ContainerCreateRequest['Healthcheck'] {
  const h = service.healthcheck;
  if (!h) return undefined;
  if (h.disable) return { Test: ['NONE'] };
  return {
    ...(h.test ? { Test: [...h.test] } : {}),
    ...(h.interval !== undefined ? { Interval: h.interval } : {}),
    ...(h.timeout !== undefined ? { Timeout: h.timeout } : {}),
    ...(h.retries !== undefined ? { Retries: h.retries } : {}),
    ...(h.start_period !== undefined ? { StartPeriod: h.start_period } : {}),
    ...(h.start_interval !== undefined ? { StartInterval: h.start_interval } : {}),
  };
}

/** Bind mounts that need no Mount API option go as `src:dst:rw` binds (Compose `requireMountAPI`). */
function needsMountApi(v: VolumeMount): boolean {
  const b = v.bind;
  return b !== undefined && (!b.create_host_path || b.propagation !== undefined || b.recursive !== undefined);
}

function bindString(v: VolumeMount): string {
  const options = [v.read_only ? 'ro' : 'rw'];
  if (v.bind?.selinux) options.push(v.bind.selinux);
  if (v.bind?.propagation) options.push(v.bind.propagation);
  return `${v.source ?? ''}:${v.target}:${options.join(',')}`;
}

function mounts(project: ComposeProject, service: ComposeService): { binds: string[]; mounts: Mount[] } {
  const binds: string[] = [];
  const out: Mount[] = [];
  for (const v of service.volumes ?? []) {
    if (v.type === 'bind' && !needsMountApi(v)) {
      binds.push(bindString(v));
      continue;
    }
    const source = v.type === 'volume' && v.source !== undefined ? (project.volumes[v.source]?.name ?? v.source) : v.source;
    out.push({
      Type: v.type as Mount['Type'],
      ...(source !== undefined ? { Source: source } : {}),
      Target: v.target,
      ...(v.read_only ? { ReadOnly: true } : {}),
      ...(v.type === 'bind' ? { BindOptions: { ...(v.bind?.propagation ? { Propagation: v.bind.propagation } : {}), CreateMountpoint: v.bind?.create_host_path ?? true } } : {}),
      ...(v.type === 'volume' && v.volume?.nocopy ? { VolumeOptions: { NoCopy: true } } : {}),
      ...(v.type === 'tmpfs' && v.tmpfs ? { TmpfsOptions: { ...(v.tmpfs.size ? { SizeBytes: v.tmpfs.size } : {}), ...(v.tmpfs.mode ? { Mode: v.tmpfs.mode } : {}) } } : {}),
    });
  }
  return { binds, mounts: out };
}

function ports(service: ComposeService): { exposed: Record<string, Record<string, never>>; bindings: Record<string, { HostIp: string; HostPort: string }[]> } {
  const exposed: Record<string, Record<string, never>> = {};
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const e of service.expose ?? []) exposed[e.includes('/') ? e : `${e}/tcp`] = {};
  for (const p of service.ports ?? []) {
    const key = `${p.target}/${p.protocol}`;
    exposed[key] = {};
    (bindings[key] ??= []).push({ HostIp: p.host_ip ?? '', HostPort: p.published ?? '' });
  }
  return { exposed, bindings };
}

function restartPolicy(service: ComposeService): { Name: string; MaximumRetryCount: number } | undefined {
  if (!service.restart) return undefined;
  const [name = '', count = '0'] = service.restart.split(':');
  return { Name: name === 'none' ? 'no' : name === 'any' ? 'always' : name, MaximumRetryCount: Number.parseInt(count, 10) || 0 };
}

function endpoint(project: ComposeProject, service: ComposeService, key: string, options: CreateRequestOptions): EndpointRequest {
  const config: ServiceNetwork | null | undefined = service.networks?.[key];
  const aliases = [options.name ?? containerName(project.name, service, options.number)];
  if (options.useAliases ?? true) aliases.push(service.name, ...(config?.aliases ?? []));
  const ipam = config && (config.ipv4_address || config.ipv6_address) ? { IPAMConfig: { ...(config.ipv4_address ? { IPv4Address: config.ipv4_address } : {}), ...(config.ipv6_address ? { IPv6Address: config.ipv6_address } : {}) } } : {};
  return { Aliases: aliases, ...ipam, ...(config?.mac_address ? { MacAddress: config.mac_address } : {}) };
}

/** The network mode and endpoints (Compose `defaultNetworkSettings`). */
function networking(project: ComposeProject, service: ComposeService, options: CreateRequestOptions): { mode: string; endpoints?: Record<string, EndpointRequest> } {
  const mode = service.network_mode;
  if (mode !== undefined) {
    const target = mode.startsWith('service:') ? options.containerOf?.(mode.slice('service:'.length)) : undefined;
    return { mode: target !== undefined ? `container:${target}` : mode };
  }
  if (Object.keys(project.networks).length === 0) return { mode: 'none' };
  const keys = networksByPriority(service);
  const primary = keys[0] ?? 'default';
  const endpoints: Record<string, EndpointRequest> = {};
  for (const key of keys.length > 0 ? keys : [primary]) endpoints[project.networks[key]?.name ?? key] = endpoint(project, service, key, options);
  return { mode: project.networks[primary]?.name ?? primary, endpoints };
}

/** The create body for replica `options.number` of `service`. */
export function createRequest(project: ComposeProject, service: ComposeService, options: CreateRequestOptions): ContainerCreateRequest {
  const { binds, mounts: mountList } = mounts(project, service);
  const { exposed, bindings } = ports(service);
  const net = networking(project, service, options);
  const restart = restartPolicy(service);
  const tmpfs: Record<string, string> = {};
  for (const t of service.tmpfs ?? []) {
    const at = t.indexOf(':');
    tmpfs[at < 0 ? t : t.slice(0, at)] = at < 0 ? '' : t.slice(at + 1);
  }
  const extraHosts = Object.entries(service.extra_hosts ?? {}).flatMap(([host, ips]) => ips.map((ip) => `${host}:${ip}`));
  const limits = service.deploy?.resources?.limits;
  const stopTimeout = service.stop_grace_period !== undefined ? Math.floor(service.stop_grace_period / 1e9) : undefined;
  const volumesFrom = (service.volumes_from ?? []).map((v) => (v.startsWith('container:') ? v.slice('container:'.length) : (options.containerOf?.(v.split(':')[0]!) ?? v)));
  const check = healthcheck(service);
  return {
    Hostname: service.hostname ?? '',
    Domainname: service.domainname ?? '',
    User: service.user ?? '',
    AttachStdin: options.attachStdin ?? false,
    AttachStdout: true,
    AttachStderr: true,
    ExposedPorts: exposed,
    Tty: service.tty ?? false,
    OpenStdin: service.stdin_open ?? false,
    StdinOnce: (options.attachStdin ?? false) && (service.stdin_open ?? false),
    Env: mobyEnv(service.environment),
    ...(service.command !== undefined ? { Cmd: [...service.command] } : {}),
    Image: serviceImageName(project.name, service),
    WorkingDir: service.working_dir ?? '',
    ...(service.entrypoint !== undefined ? { Entrypoint: [...service.entrypoint] } : {}),
    Labels: { ...options.labels },
    ...(service.stop_signal ? { StopSignal: service.stop_signal } : {}),
    ...(check ? { Healthcheck: check } : {}),
    ...(stopTimeout !== undefined ? { StopTimeout: stopTimeout } : {}),
    HostConfig: {
      AutoRemove: options.autoRemove ?? false,
      Binds: binds,
      ...(mountList.length > 0 ? { Mounts: mountList } : {}),
      NetworkMode: net.mode,
      PortBindings: bindings,
      ...(restart ? { RestartPolicy: restart as { Name: 'no' } } : {}),
      ...(service.init !== undefined ? { Init: service.init } : {}),
      ...(service.cap_add ? { CapAdd: [...service.cap_add] } : {}),
      ...(service.cap_drop ? { CapDrop: [...service.cap_drop] } : {}),
      ...(service.privileged ? { Privileged: true } : {}),
      ...(service.read_only ? { ReadonlyRootfs: true } : {}),
      ...(service.dns ? { Dns: [...service.dns] } : {}),
      ...(service.dns_search ? { DnsSearch: [...service.dns_search] } : {}),
      ...(service.dns_opt ? { DnsOptions: [...service.dns_opt] } : {}),
      ...(extraHosts.length > 0 ? { ExtraHosts: extraHosts } : {}),
      ...(Object.keys(tmpfs).length > 0 ? { Tmpfs: tmpfs } : {}),
      ...(volumesFrom.length > 0 ? { VolumesFrom: volumesFrom } : {}),
      ...(service.mem_limit !== undefined || limits?.memory !== undefined ? { Memory: limits?.memory ?? service.mem_limit } : {}),
      ...(service.cpus !== undefined || limits?.cpus !== undefined ? { NanoCpus: Math.round((limits?.cpus ?? service.cpus!) * 1e9) } : {}),
      ...(service.cpu_shares !== undefined ? { CpuShares: service.cpu_shares } : {}),
      ...(service.mem_reservation !== undefined ? { MemoryReservation: service.mem_reservation } : {}),
      ...(service.memswap_limit !== undefined ? { MemorySwap: service.memswap_limit } : {}),
      ...(service.pids_limit !== undefined || limits?.pids !== undefined ? { PidsLimit: limits?.pids ?? service.pids_limit! } : {}),
      ...(service.shm_size !== undefined ? { ShmSize: service.shm_size } : {}),
      ...(service.logging?.driver ? { LogConfig: { Type: service.logging.driver, Config: { ...service.logging.options } } } : {}),
      ...(service.sysctls ? { Sysctls: { ...service.sysctls } } : {}),
      ...(service.group_add ? { GroupAdd: [...service.group_add] } : {}),
      ...(service.security_opt ? { SecurityOpt: [...service.security_opt] } : {}),
      ...(service.pid ? { PidMode: service.pid } : {}),
      ...(service.ipc ? { IpcMode: service.ipc } : {}),
      ...(service.runtime ? { Runtime: service.runtime } : {}),
    },
    ...(net.endpoints ? { NetworkingConfig: { EndpointsConfig: net.endpoints } } : {}),
  };
}
