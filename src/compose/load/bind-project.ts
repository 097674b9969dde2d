/**
 * @module
 * Binds the canonical top-level mapping to the typed project parts: networks and volumes with
 * their Docker names, drivers, IPAM, labels and `external`; secrets and configs kept as they are.
 */
import type { Json } from '../../core/serialize.js';
import type { IpamPool, NetworkConfig, VolumeConfig } from '../model/project.js';
import { type Dict, dictAt, isDict } from './dict.js';
import { bool, compact, str } from './decode.js';
import { extensionsOf, mapping } from './decode-maps.js';

function ipam(v: Dict, name: string): NetworkConfig['ipam'] {
  const pools = Array.isArray(v.config) ? v.config : undefined;
  return compact({
    driver: str(v.driver, `${name}.driver`) || undefined,
    config: pools?.map((p, i): IpamPool => {
      const d = isDict(p) ? p : {};
      const at = `${name}.config[${i}]`;
      return compact<IpamPool>({ subnet: str(d.subnet, at) || undefined, gateway: str(d.gateway, at) || undefined, ip_range: str(d.ip_range, at) || undefined, aux_addresses: mapping(d.aux_addresses, at) });
    }),
    options: mapping(v.options, `${name}.options`),
  });
}

/** Binds one top-level network (already named by normalization). */
export function bindNetwork(key: string, v: Json): NetworkConfig {
  const d = isDict(v) ? v : {};
  const n = `networks[${key}]`;
  const i = dictAt(d, 'ipam');
  return compact<NetworkConfig>({
    name: str(d.name, `${n}.name`) ?? key,
    driver: str(d.driver, `${n}.driver`) || undefined,
    driver_opts: mapping(d.driver_opts, `${n}.driver_opts`),
    ipam: i && ipam(i, `${n}.ipam`),
    external: bool(d.external, `${n}.external`) || undefined,
    internal: bool(d.internal, `${n}.internal`) || undefined,
    attachable: bool(d.attachable, `${n}.attachable`) || undefined,
    labels: mapping(d.labels, `${n}.labels`),
    enable_ipv4: bool(d.enable_ipv4, `${n}.enable_ipv4`),
    enable_ipv6: bool(d.enable_ipv6, `${n}.enable_ipv6`),
    extensions: extensionsOf(d),
  });
}

/** Binds one top-level volume (already named by normalization). */
export function bindVolume(key: string, v: Json): VolumeConfig {
  const d = isDict(v) ? v : {};
  const n = `volumes[${key}]`;
  return compact<VolumeConfig>({
    name: str(d.name, `${n}.name`) ?? key,
    driver: str(d.driver, `${n}.driver`) || undefined,
    driver_opts: mapping(d.driver_opts, `${n}.driver_opts`),
    external: bool(d.external, `${n}.external`) || undefined,
    labels: mapping(d.labels, `${n}.labels`),
    extensions: extensionsOf(d),
  });
}
