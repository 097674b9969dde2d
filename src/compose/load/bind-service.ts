/**
 * @module
 * Binds one canonical service mapping to the typed, frozen {@link ComposeService} (compose-go's
 * `Transform` into `types.ServiceConfig`): commands split like a shell, healthcheck tests and
 * durations decoded, environment and labels as mappings, ports, mounts, networks and
 * dependencies in long syntax. Attributes dockersim does not interpret stay in `extra`.
 */
import type { Json } from '../../core/serialize.js';
import type { ComposeService } from '../model/service.js';
import { shellwords } from '../go/shellwords.js';
import { type Dict, dictAt, isDict, setKey } from './dict.js';
import { bool, bytes, compact, DecodeError, duration, float, int, str, strings, texts } from './decode.js';
import { extensionsOf, hostsList, leftovers, mapping, mappingWithEquals } from './decode-maps.js';
import { build, deploy } from './bind-build.js';
import { dependency, healthcheck, mount, network, port } from './bind-service-parts.js';

const SERVICE_KEYS = new Set([
  'profiles', 'attach', 'build', 'cap_add', 'cap_drop', 'command', 'container_name', 'cpus', 'cpu_shares', 'mem_limit',
  'mem_reservation', 'memswap_limit', 'pids_limit', 'shm_size', 'depends_on', 'deploy', 'dns', 'dns_opt',
  'dns_search', 'domainname', 'entrypoint', 'environment', 'env_file', 'expose', 'extra_hosts', 'group_add', 'hostname',
  'healthcheck', 'image', 'init', 'ipc', 'labels', 'links', 'logging', 'mac_address', 'network_mode', 'networks', 'pid',
  'platform', 'ports', 'privileged', 'pull_policy', 'read_only', 'restart', 'runtime', 'scale', 'security_opt', 'stdin_open',
  'stop_grace_period', 'stop_signal', 'sysctls', 'tmpfs', 'tty', 'user', 'volumes', 'volumes_from', 'working_dir',
]);

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

function record<T>(v: Json | undefined, name: string, item: (value: Json, name: string) => T): Readonly<Record<string, T>> | undefined {
  if (!isDict(v)) return undefined;
  const out: Record<string, T> = {};
  for (const [k, e] of Object.entries(v)) setKey(out, k, item(e, `${name}[${k}]`));
  return out;
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
