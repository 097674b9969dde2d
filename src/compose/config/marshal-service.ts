/**
 * @module
 * A service as compose-go's `types.ServiceConfig` marshals it: every attribute in the struct's
 * declaration order (what `docker compose config` prints under each service, and what the config
 * hash digests), typed attributes from the model, the others from `extra` in canonical form.
 */
import type { ComposeService } from '../model/service.js';
import { type Encoding, GoStruct } from './go-struct.js';
import type { GoValue } from './go-value.js';
import { build, deploy } from './marshal-build.js';
import { dependency, deviceMapping, deviceRequest, healthcheck, mount, network, port, rawList } from './marshal-service-parts.js';

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
