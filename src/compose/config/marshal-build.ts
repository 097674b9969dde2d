/**
 * @module
 * compose-go's `BuildConfig` and `DeployConfig` as they marshal, in declaration order.
 */
import type { BuildConfig, DeployConfig, ResourceAmounts } from '../model/service-parts.js';
import { type Encoding, GoStruct } from './go-struct.js';
import type { GoValue } from './go-value.js';
import { deviceRequest, rawList, sshKeys } from './marshal-service-parts.js';

/** `BuildConfig`. */
export function build(b: BuildConfig, mode: Encoding): GoValue {
  const x = b.extra ?? {};
  return new GoStruct(mode)
    .str('context', b.context)
    .str('dockerfile', b.dockerfile)
    .str('dockerfile_inline', b.dockerfile_inline)
    .raw('entitlements', x.entitlements)
    .nullableMap('args', b.args)
    .raw('provenance', x.provenance)
    .raw('sbom', x.sbom)
    .strings('ssh', sshKeys(x.ssh))
    .stringMap('labels', b.labels)
    .strings('cache_from', b.cache_from)
    .strings('cache_to', b.cache_to)
    .bool('no_cache', b.no_cache)
    .raw('no_cache_filter', x.no_cache_filter)
    .raw('additional_contexts', x.additional_contexts)
    .bool('pull', b.pull)
    .hosts('extra_hosts', b.extra_hosts)
    .raw('isolation', x.isolation)
    .str('network', b.network)
    .str('target', b.target)
    .raw('secrets', x.secrets)
    .raw('shm_size', x.shm_size)
    .strings('tags', b.tags)
    .raw('ulimits', x.ulimits)
    .strings('platforms', b.platforms)
    .bool('privileged', b.privileged)
    .value();
}

const amounts = (a: ResourceAmounts, mode: Encoding): GoValue =>
  new GoStruct(mode)
    .float('cpus', a.cpus)
    .bytes('memory', a.memory)
    .int('pids', a.pids)
    .list('devices', rawList(a.extra?.devices), deviceRequest)
    .raw('generic_resources', a.extra?.generic_resources)
    .value();

/** `DeployConfig`: `resources` and `placement` are struct values. */
export function deploy(d: DeployConfig, mode: Encoding): GoValue {
  const x = d.extra ?? {};
  const s = new GoStruct(mode).str('mode', d.mode).ptrInt('replicas', d.replicas).stringMap('labels', d.labels).raw('update_config', x.update_config).raw('rollback_config', x.rollback_config);
  s.valueStruct('resources', new GoStruct(mode).ptr('limits', d.resources?.limits, amounts).ptr('reservations', d.resources?.reservations, amounts));
  s.raw('restart_policy', x.restart_policy);
  if (x.placement !== undefined) s.raw('placement', x.placement);
  else s.valueStruct('placement', new GoStruct(mode));
  return s.str('endpoint_mode', d.endpoint_mode).value();
}
