/**
 * @module
 * A service as compose-go's `types.ServiceConfig` marshals it: every attribute in the struct's
 * declaration order (what `docker compose config` prints under each service, and what the config
 * hash digests), typed attributes from the model, the others from `extra` in canonical form.
 */
import type { Json } from '../../core/serialize.js';
import type { ComposeService } from '../model/service.js';
import type { BuildConfig, DeployConfig, Dependency, HealthcheckConfig, PortConfig, ResourceAmounts, ServiceNetwork, VolumeMount } from '../model/service-parts.js';
import { type Encoding, GoStruct } from './go-struct.js';
import type { GoValue } from './go-value.js';

const dict = (v: Json): Readonly<Record<string, Json>> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
const text = (v: Json | undefined): string | undefined => (v === undefined || v === null ? undefined : String(v));
const texts = (v: Json | undefined): string[] | undefined => (Array.isArray(v) ? v.map(String) : undefined);

/** `DeviceMapping`: source, target, permissions. */
const deviceMapping = (v: Json, mode: Encoding): GoValue =>
  new GoStruct(mode).str('source', text(dict(v).source)).str('target', text(dict(v).target)).str('permissions', text(dict(v).permissions)).value();

/** `DeviceRequest`: `count: all` is -1. */
function deviceRequest(v: Json, mode: Encoding): GoValue {
  const d = dict(v);
  const count = d.count === undefined ? undefined : String(d.count).toLowerCase() === 'all' ? -1 : Number(d.count);
  return new GoStruct(mode).strings('capabilities', texts(d.capabilities)).str('driver', text(d.driver)).int('count', count).strings('device_ids', texts(d.device_ids)).raw('options', d.options).value();
}

/** `SSHConfig`: `id` or `id: path` strings (sorted; Compose keeps map order). */
function sshKeys(v: Json | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  return Object.entries(dict(v))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, path]) => (path === null || path === '' ? id : `${id}: ${String(path)}`));
}

const rawList = (v: Json | undefined): readonly Json[] | undefined => (Array.isArray(v) ? v : undefined);

function build(b: BuildConfig, mode: Encoding): GoValue {
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

function deploy(d: DeployConfig, mode: Encoding): GoValue {
  const x = d.extra ?? {};
  const s = new GoStruct(mode).str('mode', d.mode).ptrInt('replicas', d.replicas).stringMap('labels', d.labels).raw('update_config', x.update_config).raw('rollback_config', x.rollback_config);
  s.valueStruct('resources', new GoStruct(mode).ptr('limits', d.resources?.limits, amounts).ptr('reservations', d.resources?.reservations, amounts));
  s.raw('restart_policy', x.restart_policy);
  if (x.placement !== undefined) s.raw('placement', x.placement);
  else s.valueStruct('placement', new GoStruct(mode));
  return s.str('endpoint_mode', d.endpoint_mode).value();
}

const healthcheck = (h: HealthcheckConfig, mode: Encoding): GoValue =>
  new GoStruct(mode)
    .strings('test', h.test)
    .duration('timeout', h.timeout)
    .duration('interval', h.interval)
    .ptrInt('retries', h.retries)
    .duration('start_period', h.start_period)
    .duration('start_interval', h.start_interval)
    .bool('disable', h.disable)
    .value();

const port = (p: PortConfig, mode: Encoding): GoValue =>
  new GoStruct(mode)
    .str('name', p.name)
    .str('mode', p.mode)
    .str('host_ip', p.host_ip)
    .int('target', p.target)
    .str('published', p.published)
    .str('protocol', p.protocol)
    .str('app_protocol', p.app_protocol)
    .value();

const mount = (v: VolumeMount, mode: Encoding): GoValue =>
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

const network = (n: ServiceNetwork, mode: Encoding): GoValue =>
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

const dependency = (d: Dependency, mode: Encoding): GoValue =>
  new GoStruct(mode).str('condition', d.condition).bool('restart', d.restart).set('required', d.required).value();

/** The service as `types.ServiceConfig` marshals it (name excluded, as compose-go does). */
export function marshalService(s: ComposeService, mode: Encoding): GoValue {
  const x = s.extra ?? {};
  const g = new GoStruct(mode).strings('profiles', s.profiles).raw('annotations', x.annotations).ptrBool('attach', s.attach).ptr('build', s.build, build);
  for (const k of ['develop', 'blkio_config']) g.raw(k, x[k]);
  g.strings('cap_add', s.cap_add).strings('cap_drop', s.cap_drop);
  for (const k of ['cgroup_parent', 'cgroup', 'cpu_count', 'cpu_percent', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime']) g.raw(k, x[k]);
  g.float('cpus', s.cpus).raw('cpuset', x.cpuset).int('cpu_shares', s.cpu_shares);
  g.command('command', s.command).raw('configs', x.configs).str('container_name', s.container_name).raw('credential_spec', x.credential_spec);
  g.structMap('depends_on', s.depends_on, dependency).ptr('deploy', s.deploy, deploy).raw('device_cgroup_rules', x.device_cgroup_rules).list('devices', rawList(x.devices), deviceMapping);
  g.strings('dns', s.dns).strings('dns_opt', s.dns_opt).strings('dns_search', s.dns_search).raw('dockerfile', x.dockerfile).str('domainname', s.domainname);
  g.command('entrypoint', s.entrypoint).raw('provider', x.provider).nullableMap('environment', s.environment);
  g.list('env_file', s.env_file, (e, m) => new GoStruct(m).str('path', e.path).optOut('required', e.required).str('format', e.format).value());
  g.strings('expose', s.expose).raw('extends', x.extends).raw('external_links', x.external_links).hosts('extra_hosts', s.extra_hosts);
  g.strings('group_add', s.group_add).list('gpus', rawList(x.gpus), deviceRequest).str('hostname', s.hostname).ptr('healthcheck', s.healthcheck, healthcheck);
  g.str('image', s.image).ptrBool('init', s.init).str('ipc', s.ipc).raw('isolation', x.isolation).stringMap('labels', s.labels).raw('label_file', x.label_file);
  g.strings('links', s.links).ptr('logging', s.logging, (l, m) => new GoStruct(m).str('driver', l.driver).stringMap('options', l.options).value());
  g.raw('log_driver', x.log_driver).raw('log_opt', x.log_opt).bytes('mem_limit', s.mem_limit).bytes('mem_reservation', s.mem_reservation);
  g.bytes('memswap_limit', s.memswap_limit).raw('mem_swappiness', x.mem_swappiness);
  g.str('mac_address', s.mac_address).raw('models', x.models).raw('net', x.net).str('network_mode', s.network_mode).structMap('networks', s.networks, network);
  g.raw('oom_kill_disable', x.oom_kill_disable).raw('oom_score_adj', x.oom_score_adj).str('pid', s.pid).int('pids_limit', s.pids_limit).str('platform', s.platform);
  g.list('ports', s.ports, port).bool('privileged', s.privileged).str('pull_policy', s.pull_policy).bool('read_only', s.read_only).str('restart', s.restart);
  g.str('runtime', s.runtime).ptrInt('scale', s.scale).raw('secrets', x.secrets).strings('security_opt', s.security_opt).bytes('shm_size', s.shm_size);
  g.bool('stdin_open', s.stdin_open).duration('stop_grace_period', s.stop_grace_period).str('stop_signal', s.stop_signal).raw('storage_opt', x.storage_opt);
  g.stringMap('sysctls', s.sysctls).strings('tmpfs', s.tmpfs).bool('tty', s.tty).raw('ulimits', x.ulimits).raw('use_api_socket', x.use_api_socket);
  g.str('user', s.user).raw('userns_mode', x.userns_mode).raw('uts', x.uts).raw('volume_driver', x.volume_driver).list('volumes', s.volumes, mount);
  g.strings('volumes_from', s.volumes_from).str('working_dir', s.working_dir);
  for (const k of ['pre_start', 'post_start', 'pre_stop']) g.raw(k, x[k]);
  return g.extensions(s.extensions).value();
}
