/**
 * @module
 * A project as compose-go's `types.Project` marshals it: `name`, `services` (sorted), then the
 * top-level `networks`, `volumes`, `secrets`, `configs`, each resource in its struct's order.
 */
import type { Json } from '../../core/serialize.js';
import type { ComposeProject, NetworkConfig, VolumeConfig } from '../model/project.js';
import { type Encoding, GoStruct } from './go-struct.js';
import { fromJson, type GoValue } from './go-value.js';
import { marshalService } from './marshal-service.js';

function network(n: NetworkConfig, mode: Encoding): GoValue {
  const ipam = new GoStruct(mode);
  if (n.ipam !== undefined) {
    ipam.str('driver', n.ipam.driver);
    ipam.list('config', n.ipam.config, (p, m) => new GoStruct(m).str('subnet', p.subnet).str('gateway', p.gateway).str('ip_range', p.ip_range).stringMap('aux_addresses', p.aux_addresses).value());
    ipam.stringMap('options', n.ipam.options);
  }
  return new GoStruct(mode)
    .str('name', n.name)
    .str('driver', n.driver)
    .stringMap('driver_opts', n.driver_opts)
    .valueStruct('ipam', ipam)
    .bool('external', n.external)
    .bool('internal', n.internal)
    .bool('attachable', n.attachable)
    .stringMap('labels', n.labels)
    .ptrBool('enable_ipv4', n.enable_ipv4)
    .ptrBool('enable_ipv6', n.enable_ipv6)
    .extensions(n.extensions)
    .value();
}

const volume = (v: VolumeConfig, mode: Encoding): GoValue =>
  new GoStruct(mode).str('name', v.name).str('driver', v.driver).stringMap('driver_opts', v.driver_opts).bool('external', v.external).stringMap('labels', v.labels).extensions(v.extensions).value();

const FILE_OBJECT_FIELDS = ['name', 'file', 'environment', 'content', 'external', 'labels', 'driver', 'driver_opts', 'template_driver'];

/** A secret or config (`FileObjectConfig`): known fields in order, secret content never written. */
function fileObject(v: Json, mode: Encoding, secret: boolean): GoValue {
  const d = typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
  const s = new GoStruct(mode);
  for (const k of FILE_OBJECT_FIELDS) {
    if (secret && k === 'content') continue;
    const e = d[k];
    if (e === undefined || e === null || e === '' || e === false) continue;
    s.set(k, fromJson(e));
  }
  return s.extensions(Object.fromEntries(Object.entries(d).filter(([k]) => k.startsWith('x-')))).value();
}

const map = <T>(record: Readonly<Record<string, T>>, marshal: (v: T) => GoValue): GoValue => ({ map: Object.entries(record).map(([k, v]) => [k, marshal(v)] as const) });

/** The project as `types.Project` marshals it for `docker compose config` (extensions included in JSON too). */
export function marshalProject(p: ComposeProject, mode: Encoding): GoValue {
  const g = new GoStruct(mode).str('name', p.name).set('services', map(p.services, (s) => marshalService(s, mode)));
  if (Object.keys(p.networks).length > 0) g.set('networks', map(p.networks, (n) => network(n, mode)));
  if (Object.keys(p.volumes).length > 0) g.set('volumes', map(p.volumes, (v) => volume(v, mode)));
  if (Object.keys(p.secrets).length > 0) g.set('secrets', map(p.secrets, (v) => fileObject(v, mode, true)));
  if (Object.keys(p.configs).length > 0) g.set('configs', map(p.configs, (v) => fileObject(v, mode, false)));
  if (mode === 'json') for (const [k, v] of Object.entries(p.extensions ?? {})) g.set(k, fromJson(v));
  else g.extensions(p.extensions);
  const value = g.value();
  // Project.MarshalJSON goes through a map, so its keys come out sorted
  return mode === 'json' && typeof value === 'object' && value !== null && 'struct' in value ? { map: value.struct } : value;
}
