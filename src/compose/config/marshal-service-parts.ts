/**
 * @module
 * compose-go's service sub-structs as they marshal: healthcheck, port, mount, network
 * attachment, dependency, device mapping and device request, each in declaration order.
 */
import type { Json } from '../../core/serialize.js';
import type { Dependency, HealthcheckConfig, PortConfig, ServiceNetwork, VolumeMount } from '../model/service-parts.js';
import { type Encoding, GoStruct } from './go-struct.js';
import type { GoValue } from './go-value.js';

/** A canonical mapping, or an empty one. */
export const dict = (v: Json): Readonly<Record<string, Json>> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
/** A scalar as text. */
export const text = (v: Json | undefined): string | undefined => (v === undefined || v === null ? undefined : String(v));
/** A list of scalars as text. */
export const texts = (v: Json | undefined): string[] | undefined => (Array.isArray(v) ? v.map(String) : undefined);

/** `DeviceMapping`: source, target, permissions. */
export const deviceMapping = (v: Json, mode: Encoding): GoValue =>
  new GoStruct(mode).str('source', text(dict(v).source)).str('target', text(dict(v).target)).str('permissions', text(dict(v).permissions)).value();

/** `DeviceRequest`: `count: all` is -1. */
export function deviceRequest(v: Json, mode: Encoding): GoValue {
  const d = dict(v);
  const count = d.count === undefined ? undefined : String(d.count).toLowerCase() === 'all' ? -1 : Number(d.count);
  return new GoStruct(mode).strings('capabilities', texts(d.capabilities)).str('driver', text(d.driver)).int('count', count).strings('device_ids', texts(d.device_ids)).raw('options', d.options).value();
}

/** `SSHConfig`: `id` or `id: path` strings (sorted; Compose keeps map order). */
export function sshKeys(v: Json | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  return Object.entries(dict(v))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, path]) => (path === null || path === '' ? id : `${id}: ${String(path)}`));
}

/** A canonical list, or undefined. */
export const rawList = (v: Json | undefined): readonly Json[] | undefined => (Array.isArray(v) ? v : undefined);

/** `HealthCheckConfig`. */
export const healthcheck = (h: HealthcheckConfig, mode: Encoding): GoValue =>
  new GoStruct(mode)
    .strings('test', h.test)
    .duration('timeout', h.timeout)
    .duration('interval', h.interval)
    .ptrInt('retries', h.retries)
    .duration('start_period', h.start_period)
    .duration('start_interval', h.start_interval)
    .bool('disable', h.disable)
    .value();

/** `ServicePortConfig`. */
export const port = (p: PortConfig, mode: Encoding): GoValue =>
  new GoStruct(mode)
    .str('name', p.name)
    .str('mode', p.mode)
    .str('host_ip', p.host_ip)
    .int('target', p.target)
    .str('published', p.published)
    .str('protocol', p.protocol)
    .str('app_protocol', p.app_protocol)
    .value();

/** `ServiceVolumeConfig`. */
export const mount = (v: VolumeMount, mode: Encoding): GoValue =>
  new GoStruct(mode)
    .str('type', v.type)
    .str('source', v.source)
    .str('target', v.target)
    .bool('read_only', v.read_only)
    .str('consistency', v.consistency)
    .ptr('bind', v.bind, (b, m) => new GoStruct(m).str('selinux', b.selinux).str('propagation', b.propagation).optOut('create_host_path', b.create_host_path).str('recursive', b.recursive).value())
    .ptr('volume', v.volume, (o, m) => new GoStruct(m).stringMap('labels', o.labels).bool('nocopy', o.nocopy).str('subpath', o.subpath).value())
    .ptr('tmpfs', v.tmpfs, (t, m) => {
      const s = new GoStruct(m);
      // UnitBytes marshals as its decimal text
      if (t.size !== undefined && t.size !== 0) s.set('size', { str: String(t.size) });
      return s.int('mode', t.mode).value();
    })
    .ptr('image', v.image, (i, m) => new GoStruct(m).str('subpath', i.subpath).value())
    .value();

/** `ServiceNetworkConfig`. */
export const network = (n: ServiceNetwork, mode: Encoding): GoValue =>
  new GoStruct(mode)
    .strings('aliases', n.aliases)
    .stringMap('driver_opts', n.driver_opts)
    .int('gw_priority', n.gw_priority)
    .str('interface_name', n.interface_name)
    .str('ipv4_address', n.ipv4_address)
    .str('ipv6_address', n.ipv6_address)
    .strings('link_local_ips', n.link_local_ips)
    .str('mac_address', n.mac_address)
    .int('priority', n.priority)
    .value();

/** `ServiceDependency` (`required` is always written). */
export const dependency = (d: Dependency, mode: Encoding): GoValue =>
  new GoStruct(mode).str('condition', d.condition).bool('restart', d.restart).set('required', d.required).value();
