/**
 * @module
 * Binding of the long-syntax parts of a service (compose-go `types`): healthcheck (test and
 * durations), published ports, mounts, network attachments and dependencies.
 */
import type { Json } from '../../core/serialize.js';
import type { Dependency, DependencyCondition, HealthcheckConfig, PortConfig, ServiceNetwork, VolumeMount } from '../model/service-parts.js';
import { type Dict, dictAt, isDict } from './dict.js';
import { bool, bytes, compact, DecodeError, duration, goType, int, str, strings } from './decode.js';
import { mapping } from './decode-maps.js';

/** `healthcheck:`. */
export function healthcheck(v: Dict, name: string): HealthcheckConfig {
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

/** One `ports:` entry in long syntax. */
export function port(v: Json, name: string): PortConfig {
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

/** One `volumes:` entry in long syntax. */
export function mount(v: Json, name: string): VolumeMount {
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

/** How the service joins one network (`null`: no options). */
export function network(v: Json, name: string): ServiceNetwork | null {
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

/** One `depends_on` entry in long syntax. */
export function dependency(v: Json, name: string): Dependency {
  const d = isDict(v) ? v : {};
  return compact<Dependency>({
    condition: (str(d.condition, `${name}.condition`) ?? 'service_started') as DependencyCondition,
    restart: bool(d.restart, `${name}.restart`) || undefined,
    required: bool(d.required, `${name}.required`) ?? true,
  });
}
