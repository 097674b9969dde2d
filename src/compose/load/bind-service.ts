/**
 * @module
 * Binds one canonical service mapping to the typed, frozen {@link ComposeService} (compose-go's
 * `Transform` into `types.ServiceConfig`): commands split like a shell, healthcheck tests and
 * durations decoded, environment and labels as mappings, ports, mounts, networks and
 * dependencies in long syntax. Attributes dockersim does not interpret stay in `extra`.
 */
import type { Json } from '../../core/serialize.js';
import type { ComposeService } from '../model/service.js';
import type { BuildConfig, DeployConfig, Dependency, DependencyCondition, HealthcheckConfig, PortConfig, ResourceAmounts, ServiceNetwork, VolumeMount } from '../model/service-parts.js';
import { shellwords } from '../go/shellwords.js';
import { type Dict, dictAt, isDict } from './dict.js';
import { bool, bytes, compact, DecodeError, duration, float, extensionsOf, goType, hostsList, int, leftovers, mapping, mappingWithEquals, str, strings, texts } from './decode.js';

const SERVICE_KEYS = new Set([
  'profiles', 'attach', 'build', 'cap_add', 'cap_drop', 'command', 'container_name', 'cpus', 'cpu_shares', 'mem_limit',
  'mem_reservation', 'memswap_limit', 'pids_limit', 'shm_size', 'depends_on', 'deploy', 'dns', 'dns_opt',
  'dns_search', 'domainname', 'entrypoint', 'environment', 'env_file', 'expose', 'extra_hosts', 'group_add', 'hostname',
  'healthcheck', 'image', 'init', 'ipc', 'labels', 'links', 'logging', 'mac_address', 'network_mode', 'networks', 'pid',
  'platform', 'ports', 'privileged', 'pull_policy', 'read_only', 'restart', 'runtime', 'scale', 'security_opt', 'stdin_open',
  'stop_grace_period', 'stop_signal', 'sysctls', 'tmpfs', 'tty', 'user', 'volumes', 'volumes_from', 'working_dir',
]);
const BUILD_KEYS = new Set(['context', 'dockerfile', 'dockerfile_inline', 'args', 'target', 'labels', 'cache_from', 'cache_to', 'no_cache', 'pull', 'network', 'tags', 'platforms', 'extra_hosts', 'privileged']);
const DEPLOY_KEYS = new Set(['mode', 'replicas', 'labels', 'resources', 'endpoint_mode']);
const AMOUNT_KEYS = new Set(['cpus', 'memory', 'pids']);


function command(v: Json | undefined, name: string): readonly string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') {
    try {
      return shellwords(v);
    } catch (e) {
      throw new DecodeError(name, (e as Error).message);
    }
  }
  return strings(v, name);
}

function healthcheck(v: Dict, name: string): HealthcheckConfig {
  const test = v.test;
  return compact<HealthcheckConfig>({
    test: typeof test === 'string' ? ['CMD-SHELL', test] : strings(test, `${name}.test`),
    timeout: duration(v.timeout, `${name}.timeout`),
    interval: duration(v.interval, `${name}.interval`),
    retries: int(v.retries, `${name}.retries`),
    start_period: duration(v.start_period, `${name}.start_period`),
    start_interval: duration(v.start_interval, `${name}.start_interval`),
    disable: bool(v.disable, `${name}.disable`) || undefined,
  });
}

function port(v: Json, name: string): PortConfig {
  if (!isDict(v)) throw new DecodeError(name, `expected a map, got '${goType(v)}'`);
  return compact<PortConfig>({
    name: str(v.name, `${name}.name`) || undefined,
    mode: str(v.mode, `${name}.mode`) ?? 'ingress',
    host_ip: str(v.host_ip, `${name}.host_ip`) || undefined,
    target: int(v.target, `${name}.target`) ?? 0,
    published: str(v.published, `${name}.published`) || undefined,
    protocol: str(v.protocol, `${name}.protocol`) ?? 'tcp',
    app_protocol: str(v.app_protocol, `${name}.app_protocol`) || undefined,
  });
}

function mount(v: Json, name: string): VolumeMount {
  if (!isDict(v)) throw new DecodeError(name, `expected a map, got '${goType(v)}'`);
  const b = dictAt(v, 'bind');
  const vol = dictAt(v, 'volume');
  const tmpfs = dictAt(v, 'tmpfs');
  const image = dictAt(v, 'image');
  return compact<VolumeMount>({
    type: str(v.type, `${name}.type`) ?? 'volume',
    source: str(v.source, `${name}.source`) || undefined,
    target: str(v.target, `${name}.target`) ?? '',
    read_only: bool(v.read_only, `${name}.read_only`) || undefined,
    consistency: str(v.consistency, `${name}.consistency`) || undefined,
    bind: b && compact({ propagation: str(b.propagation, name) || undefined, selinux: str(b.selinux, name) || undefined, create_host_path: bool(b.create_host_path, name) ?? true, recursive: str(b.recursive, name) || undefined }),
    volume: vol && compact({ nocopy: bool(vol.nocopy, name) || undefined, subpath: str(vol.subpath, name) || undefined, labels: mapping(vol.labels, name) }),
    tmpfs: tmpfs && compact({ size: bytes(tmpfs.size, `${name}.tmpfs.size`), mode: int(tmpfs.mode, name) }),
    image: image && compact({ subpath: str(image.subpath, name) || undefined }),
  });
}

function network(v: Json, name: string): ServiceNetwork | null {
  if (v === null) return null;
  if (!isDict(v)) throw new DecodeError(name, `expected a map, got '${goType(v)}'`);
  return compact<ServiceNetwork>({
    aliases: strings(v.aliases, `${name}.aliases`),
    driver_opts: mapping(v.driver_opts, `${name}.driver_opts`),
    gw_priority: int(v.gw_priority, `${name}.gw_priority`) || undefined,
    interface_name: str(v.interface_name, name) || undefined,
    ipv4_address: str(v.ipv4_address, name) || undefined,
    ipv6_address: str(v.ipv6_address, name) || undefined,
    link_local_ips: strings(v.link_local_ips, name),
    mac_address: str(v.mac_address, name) || undefined,
    priority: int(v.priority, name) || undefined,
  });
}

function record<T>(v: Json | undefined, name: string, item: (value: Json, name: string) => T): Readonly<Record<string, T>> | undefined {
  if (!isDict(v)) return undefined;
  const out: Record<string, T> = {};
  for (const [k, e] of Object.entries(v)) Object.defineProperty(out, k, { value: item(e, `${name}[${k}]`), enumerable: true });
  return out;
}

function dependency(v: Json, name: string): Dependency {
  const d = isDict(v) ? v : {};
  return compact<Dependency>({
    condition: (str(d.condition, `${name}.condition`) ?? 'service_started') as DependencyCondition,
    restart: bool(d.restart, `${name}.restart`) || undefined,
    required: bool(d.required, `${name}.required`) ?? true,
  });
}

function build(v: Dict, name: string): BuildConfig {
  return compact<BuildConfig>({
    context: str(v.context, `${name}.context`) ?? '.',
    dockerfile: str(v.dockerfile, name) || undefined,
    dockerfile_inline: str(v.dockerfile_inline, name) || undefined,
    args: mappingWithEquals(v.args, `${name}.args`),
    target: str(v.target, name) || undefined,
    labels: mapping(v.labels, `${name}.labels`),
    cache_from: strings(v.cache_from, name),
    cache_to: strings(v.cache_to, name),
    no_cache: bool(v.no_cache, name) || undefined,
    pull: bool(v.pull, name) || undefined,
    network: str(v.network, name) || undefined,
    tags: strings(v.tags, name),
    platforms: strings(v.platforms, name),
    extra_hosts: hostsList(v.extra_hosts, `${name}.extra_hosts`),
    privileged: bool(v.privileged, name) || undefined,
    extra: leftovers(v, BUILD_KEYS),
  });
}

function amounts(v: Dict | undefined, name: string): ResourceAmounts | undefined {
  if (v === undefined) return undefined;
  return compact<ResourceAmounts>({
    cpus: float(v.cpus, `${name}.cpus`) || undefined,
    memory: bytes(v.memory, `${name}.memory`) || undefined,
    pids: int(v.pids, `${name}.pids`) || undefined,
    extra: leftovers(v, AMOUNT_KEYS),
  });
}

function deploy(v: Dict, name: string): DeployConfig {
  const r = dictAt(v, 'resources');
  return compact<DeployConfig>({
    mode: str(v.mode, name) || undefined,
    replicas: int(v.replicas, `${name}.replicas`),
    labels: mapping(v.labels, `${name}.labels`),
    resources: r && compact({ limits: amounts(dictAt(r, 'limits'), `${name}.resources.limits`), reservations: amounts(dictAt(r, 'reservations'), `${name}.resources.reservations`) }),
    endpoint_mode: str(v.endpoint_mode, name) || undefined,
    extra: leftovers(v, DEPLOY_KEYS),
  });
}

/** Binds a canonical service mapping. Throws {@link DecodeError}. */
export function bindService(serviceName: string, v: Dict): ComposeService {
  const n = `services[${serviceName}]`;
  const s = (key: string): string | undefined => str(v[key], `${n}.${key}`) || undefined;
  const b = (key: string): boolean | undefined => bool(v[key], `${n}.${key}`) || undefined;
  const list = (key: string): readonly string[] | undefined => strings(v[key], `${n}.${key}`);
  const hc = dictAt(v, 'healthcheck');
  const bd = dictAt(v, 'build');
  const dp = dictAt(v, 'deploy');
  const logging = dictAt(v, 'logging');
  const envFiles = Array.isArray(v.env_file) ? v.env_file : undefined;
  return compact<ComposeService>({
    name: serviceName,
    profiles: list('profiles'),
    attach: bool(v.attach, `${n}.attach`),
    build: bd && build(bd, `${n}.build`),
    cap_add: list('cap_add'),
    cap_drop: list('cap_drop'),
    command: command(v.command, `${n}.command`),
    container_name: s('container_name'),
    cpus: float(v.cpus, `${n}.cpus`) || undefined,
    cpu_shares: int(v.cpu_shares, `${n}.cpu_shares`) || undefined,
    depends_on: record(v.depends_on, `${n}.depends_on`, dependency),
    deploy: dp && deploy(dp, `${n}.deploy`),
    dns: list('dns'),
    dns_opt: list('dns_opt'),
    dns_search: list('dns_search'),
    domainname: s('domainname'),
    entrypoint: command(v.entrypoint, `${n}.entrypoint`),
    environment: mappingWithEquals(v.environment, `${n}.environment`),
    env_file: envFiles?.map((e, i) => {
      const d = isDict(e) ? e : {};
      return compact({ path: str(d.path, `${n}.env_file[${i}].path`) ?? '', required: bool(d.required, `${n}.env_file[${i}].required`) ?? true, format: str(d.format, n) || undefined });
    }),
    expose: texts(v.expose),
    extra_hosts: hostsList(v.extra_hosts, `${n}.extra_hosts`),
    group_add: texts(v.group_add),
    hostname: s('hostname'),
    healthcheck: hc && healthcheck(hc, `${n}.healthcheck`),
    image: s('image'),
    init: bool(v.init, `${n}.init`),
    ipc: s('ipc'),
    labels: mapping(v.labels, `${n}.labels`),
    links: list('links'),
    logging: logging && compact({ driver: str(logging.driver, n) || undefined, options: mapping(logging.options, `${n}.logging.options`) }),
    mac_address: s('mac_address'),
    mem_limit: bytes(v.mem_limit, `${n}.mem_limit`) || undefined,
    mem_reservation: bytes(v.mem_reservation, `${n}.mem_reservation`) || undefined,
    memswap_limit: bytes(v.memswap_limit, `${n}.memswap_limit`) || undefined,
    network_mode: s('network_mode'),
    networks: record(v.networks, `${n}.networks`, network),
    pid: s('pid'),
    pids_limit: int(v.pids_limit, `${n}.pids_limit`) || undefined,
    platform: s('platform'),
    ports: Array.isArray(v.ports) ? v.ports.map((p, i) => port(p, `${n}.ports[${i}]`)) : undefined,
    privileged: b('privileged'),
    pull_policy: s('pull_policy'),
    read_only: b('read_only'),
    restart: s('restart'),
    runtime: s('runtime'),
    scale: int(v.scale, `${n}.scale`),
    security_opt: list('security_opt'),
    shm_size: bytes(v.shm_size, `${n}.shm_size`) || undefined,
    stdin_open: b('stdin_open'),
    stop_grace_period: duration(v.stop_grace_period, `${n}.stop_grace_period`),
    stop_signal: s('stop_signal'),
    sysctls: mapping(v.sysctls, `${n}.sysctls`),
    tmpfs: list('tmpfs'),
    tty: b('tty'),
    user: s('user'),
    volumes: Array.isArray(v.volumes) ? v.volumes.map((m, i) => mount(m, `${n}.volumes[${i}]`)) : undefined,
    volumes_from: list('volumes_from'),
    working_dir: s('working_dir'),
    extra: leftovers(v, SERVICE_KEYS),
    extensions: extensionsOf(v),
  });
}
