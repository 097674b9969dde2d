/**
 * @module
 * docker/cli's `parse` (container/opts.go) for `docker run` and `docker create`: the command line
 * becomes the `POST /containers/create` body — Config, HostConfig and NetworkingConfig, as in
 * engine-api-flows.md §2.20 — with docker's client-side checks and error texts (the caller wraps
 * them as `docker: …` and exit 125). Fields the user left alone are left out, so the daemon's
 * defaults and the image's config apply as they do for the real client's zero values.
 */
import type { ContainerCreateRequest } from '../../../container/create.js';
import type { HealthConfig } from '../../../container/config.js';
import type { ParsedFlags } from '../../grammar/parsed-flags.js';
import { hostOf, hostPath, parseKeyValueFile } from '../../host-files.js';
import type { DockerCli } from '../../invocation.js';
import { parseVolumeSpec, VolumeSpecError } from '../../../compose/load/volume-spec.js';
import { parseMount } from './mount-opt.js';
import { isMacAddress, networkSettings } from './network-opts.js';
import { parsePorts } from './port-specs.js';

/** What `run` / `create` send, and the client-side options around it. */
export interface CreateConfig {
  readonly request: ContainerCreateRequest;
  /** `--name` ('' for a generated one). */
  readonly name: string;
  readonly platform: string;
  /** `--pull`: `always`, `missing` (default) or `never`. */
  readonly pull: string;
  readonly quiet: boolean;
  /** `--cidfile`. */
  readonly cidfile: string;
}

type Body = { -readonly [K in keyof ContainerCreateRequest]?: ContainerCreateRequest[K] };
type HostBody = { [field: string]: unknown };

/** `--pull` values docker accepts. */
export function checkPullOption(value: string): void {
  if (!['always', 'missing', 'never', ''].includes(value)) throw new Error(`invalid pull option: '${value}': must be one of "always", "missing" or "never"`);
}

/** `opts.ParseRestartPolicy`. */
export function parseRestartPolicy(policy: string): { readonly Name: string; readonly MaximumRetryCount: number } | undefined {
  if (policy === '') return undefined;
  const colon = policy.indexOf(':');
  const name = colon < 0 ? policy : policy.slice(0, colon);
  const count = colon < 0 ? '' : policy.slice(colon + 1);
  if (colon >= 0 && name === '') throw new Error('invalid restart policy format: no policy provided before colon');
  if (count !== '' && !/^[-+]?\d+$/.test(count)) throw new Error('invalid restart policy format: maximum retry count must be an integer');
  return { Name: name, MaximumRetryCount: count === '' ? 0 : Number(count) };
}

/** `-v` values: sources become binds (`./x` made absolute), the rest anonymous volumes. */
function volumesOf(cli: DockerCli, values: readonly string[]): { binds: string[]; volumes: { [path: string]: Record<string, never> } } {
  const binds: string[] = [];
  const volumes: { [path: string]: Record<string, never> } = {};
  for (const bind of values) {
    let spec;
    try {
      spec = parseVolumeSpec(bind);
    } catch (e) {
      if (e instanceof VolumeSpecError) throw new Error(e.message);
      throw e;
    }
    if (spec.source === undefined || spec.source === '') {
      volumes[bind] = {};
      continue;
    }
    const colon = bind.indexOf(':');
    const hostPart = bind.slice(0, colon);
    binds.push(spec.type === 'bind' && colon >= 0 && !hostPart.startsWith('/') && hostPart.startsWith('.') ? `${hostPath(hostOf(cli), hostPart)}${bind.slice(colon)}` : bind);
  }
  return { binds, volumes };
}

function healthcheck(flags: ParsedFlags): HealthConfig | undefined {
  const cmd = flags.string('health-cmd');
  const interval = flags.number('health-interval');
  const timeout = flags.number('health-timeout');
  const startPeriod = flags.number('health-start-period');
  const startInterval = flags.number('health-start-interval');
  const retries = flags.number('health-retries');
  const any = cmd !== '' || interval !== 0 || timeout !== 0 || startPeriod !== 0 || retries !== 0 || startInterval !== 0;
  if (flags.bool('no-healthcheck')) {
    if (any) throw new Error('--no-healthcheck conflicts with --health-* options');
    return { Test: ['NONE'] } as HealthConfig;
  }
  if (!any) return undefined;
  for (const [name, value] of [['interval', interval], ['timeout', timeout], ['retries', retries], ['start-period', startPeriod], ['start-interval', startInterval]] as const) {
    if (value < 0) throw new Error(`--health-${name} cannot be negative`);
  }
  return {
    ...(cmd !== '' ? { Test: ['CMD-SHELL', cmd] } : {}),
    Interval: interval,
    Timeout: timeout,
    StartPeriod: startPeriod,
    StartInterval: startInterval,
    Retries: retries,
  } as HealthConfig;
}

function keyValues(list: readonly string[]): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const kv of list) {
    const eq = kv.indexOf('=');
    out[eq < 0 ? kv : kv.slice(0, eq)] = eq < 0 ? '' : kv.slice(eq + 1);
  }
  return out;
}

/** The create body and options of a `run` / `create` command line (`args`: IMAGE [COMMAND] [ARG...]). */
export function createConfig(cli: DockerCli, flags: ParsedFlags, args: readonly string[]): CreateConfig {
  const pull = flags.string('pull');
  checkPullOption(pull);
  const attach = flags.list('attach');
  const mac = flags.string('mac-address');
  if (mac !== '' && !isMacAddress(mac)) throw new Error(`${mac} is not a valid mac address`);
  const stdin = flags.bool('interactive');
  const attachStdin = attach.includes('stdin') || stdin;
  const attachOut = attach.length === 0 || attach.includes('stdout');
  const attachErr = attach.length === 0 || attach.includes('stderr');
  const swappiness = flags.number('memory-swappiness');
  if (swappiness !== -1 && (swappiness < 0 || swappiness > 100)) throw new Error(`invalid value: ${swappiness}. Valid memory swappiness range is 0-100`);
  const { binds, volumes } = volumesOf(cli, flags.list('volume'));
  const tmpfs: { [path: string]: string } = {};
  for (const t of flags.list('tmpfs')) {
    const colon = t.indexOf(':');
    tmpfs[colon < 0 ? t : t.slice(0, colon)] = colon < 0 ? '' : t.slice(colon + 1);
  }
  const cmd = args.slice(1);
  const entrypoint = flags.string('entrypoint');
  const { exposed, bindings } = parsePorts(flags.list('publish'), flags.list('expose'));
  const lookup = (key: string) => cli.env[key];
  const env = [...flags.list('env-file').flatMap((file) => parseKeyValueFile(cli, file, lookup)), ...flags.list('env')];
  const labels = [...flags.list('label-file').flatMap((file) => parseKeyValueFile(cli, file)), ...flags.list('label')];
  for (const [flag, what] of [['pid', 'PID'], ['uts', 'UTS'], ['userns', 'USER'], ['cgroupns', 'CGROUP']] as const) {
    const v = flags.string(flag);
    const ok = flag === 'pid' ? v === '' || v === 'host' || v.startsWith('container:') : flag === 'uts' ? v === '' || v === 'host' : flag === 'userns' ? v === '' || v === 'host' : ['', 'host', 'private'].includes(v);
    if (!ok) throw new Error(`--${flag}: invalid ${what} mode`);
  }
  const restart = parseRestartPolicy(flags.string('restart'));
  const logDriver = flags.string('log-driver');
  const logOpts = flags.list('log-opt');
  if (logDriver === 'none' && logOpts.length > 0) throw new Error(`invalid logging opts for driver ${logDriver}`);
  const health = healthcheck(flags);
  const network = networkSettings({
    networks: flags.list('network'),
    aliases: flags.list('network-alias'),
    links: flags.list('link'),
    ipv4: flags.string('ip'),
    ipv6: flags.string('ip6'),
    linkLocalIps: flags.list('link-local-ip'),
    mac,
  });
  const autoRemove = flags.bool('rm');
  if (autoRemove && restart && restart.Name !== '' && restart.Name !== 'no') throw new Error('conflicting options: cannot specify both --restart and --rm');
  const tty = flags.bool('tty');

  const body: Body = {
    Image: args[0]!,
    AttachStdin: attachStdin,
    AttachStdout: attachOut,
    AttachStderr: attachErr,
    Tty: tty,
    OpenStdin: stdin,
    StdinOnce: stdin && attachStdin,
    ...(flags.string('hostname') !== '' ? { Hostname: flags.string('hostname') } : {}),
    ...(flags.string('domainname') !== '' ? { Domainname: flags.string('domainname') } : {}),
    ...(flags.string('user') !== '' ? { User: flags.string('user') } : {}),
    ...(Object.keys(exposed).length > 0 ? { ExposedPorts: exposed } : {}),
    ...(env.length > 0 ? { Env: env } : {}),
    ...(cmd.length > 0 ? { Cmd: cmd } : {}),
    ...(Object.keys(volumes).length > 0 ? { Volumes: volumes } : {}),
    ...(flags.string('workdir') !== '' ? { WorkingDir: flags.string('workdir') } : {}),
    ...(entrypoint !== '' ? { Entrypoint: [entrypoint] } : flags.changed('entrypoint') ? { Entrypoint: [''] } : {}),
    ...(labels.length > 0 ? { Labels: keyValues(labels) } : {}),
    ...(flags.string('stop-signal') !== '' ? { StopSignal: flags.string('stop-signal') } : {}),
    ...(flags.changed('stop-timeout') ? { StopTimeout: flags.number('stop-timeout') } : {}),
    ...(health ? { Healthcheck: health } : {}),
  };
  const mounts = flags.list('mount').map((m) => parseMount(m, cli.host?.cwd ?? '/'));
  const host: HostBody = {
    ...(binds.length > 0 ? { Binds: binds } : {}),
    ...(mounts.length > 0 ? { Mounts: mounts } : {}),
    ...(Object.keys(bindings).length > 0 ? { PortBindings: bindings } : {}),
    ...(autoRemove ? { AutoRemove: true } : {}),
    ...(flags.bool('privileged') ? { Privileged: true } : {}),
    ...(flags.bool('publish-all') ? { PublishAllPorts: true } : {}),
    ...(flags.bool('read-only') ? { ReadonlyRootfs: true } : {}),
    ...(restart ? { RestartPolicy: restart } : {}),
    NetworkMode: network.mode,
    ...(flags.list('link').length > 0 ? { Links: flags.list('link') } : {}),
    ...(flags.list('dns').length > 0 ? { Dns: flags.list('dns') } : {}),
    ...(flags.list('dns-search').length > 0 ? { DnsSearch: flags.list('dns-search') } : {}),
    ...(flags.list('dns-option').length > 0 ? { DnsOptions: flags.list('dns-option') } : {}),
    ...(flags.list('add-host').length > 0 ? { ExtraHosts: flags.list('add-host') } : {}),
    ...(flags.list('volumes-from').length > 0 ? { VolumesFrom: flags.list('volumes-from') } : {}),
    ...(flags.list('cap-add').length > 0 ? { CapAdd: flags.list('cap-add') } : {}),
    ...(flags.list('cap-drop').length > 0 ? { CapDrop: flags.list('cap-drop') } : {}),
    ...(flags.list('group-add').length > 0 ? { GroupAdd: flags.list('group-add') } : {}),
    ...(flags.list('security-opt').length > 0 ? { SecurityOpt: flags.list('security-opt') } : {}),
    ...(logDriver !== '' || logOpts.length > 0 ? { LogConfig: { Type: logDriver, Config: keyValues(logOpts) } } : {}),
    ...(Object.keys(tmpfs).length > 0 ? { Tmpfs: tmpfs } : {}),
    ...(flags.changed('init') ? { Init: flags.bool('init') } : {}),
    ...(flags.string('pid') !== '' ? { PidMode: flags.string('pid') } : {}),
    ...(flags.string('ipc') !== '' ? { IpcMode: flags.string('ipc') } : {}),
    ...(flags.string('uts') !== '' ? { UTSMode: flags.string('uts') } : {}),
    ...(flags.string('userns') !== '' ? { UsernsMode: flags.string('userns') } : {}),
    ...(flags.string('cgroupns') !== '' ? { CgroupnsMode: flags.string('cgroupns') } : {}),
    ...(flags.string('runtime') !== '' ? { Runtime: flags.string('runtime') } : {}),
    ...(flags.number('shm-size') !== 0 ? { ShmSize: flags.number('shm-size') } : {}),
    ...(flags.number('memory') !== 0 ? { Memory: flags.number('memory') } : {}),
    ...(flags.number('memory-reservation') !== 0 ? { MemoryReservation: flags.number('memory-reservation') } : {}),
    ...(flags.number('memory-swap') !== 0 ? { MemorySwap: flags.number('memory-swap') } : {}),
    ...(swappiness !== -1 ? { MemorySwappiness: swappiness } : {}),
    ...(flags.number('cpus') !== 0 ? { NanoCpus: flags.number('cpus') } : {}),
    ...(flags.number('cpu-shares') !== 0 ? { CpuShares: flags.number('cpu-shares') } : {}),
    ...(flags.number('cpu-period') !== 0 ? { CpuPeriod: flags.number('cpu-period') } : {}),
    ...(flags.number('cpu-quota') !== 0 ? { CpuQuota: flags.number('cpu-quota') } : {}),
    ...(flags.string('cpuset-cpus') !== '' ? { CpusetCpus: flags.string('cpuset-cpus') } : {}),
    ...(flags.string('cpuset-mems') !== '' ? { CpusetMems: flags.string('cpuset-mems') } : {}),
    ...(flags.number('blkio-weight') !== 0 ? { BlkioWeight: flags.number('blkio-weight') } : {}),
    ...(flags.changed('pids-limit') ? { PidsLimit: flags.number('pids-limit') } : {}),
    ...(flags.bool('oom-kill-disable') ? { OomKillDisable: true } : {}),
    ...(flags.number('oom-score-adj') !== 0 ? { OomScoreAdj: flags.number('oom-score-adj') } : {}),
    ...(flags.string('cgroup-parent') !== '' ? { CgroupParent: flags.string('cgroup-parent') } : {}),
    ...(flags.string('isolation') !== '' ? { Isolation: flags.string('isolation') } : {}),
    ...(flags.string('volume-driver') !== '' ? { VolumeDriver: flags.string('volume-driver') } : {}),
    ...(flags.string('cidfile') !== '' ? { ContainerIDFile: flags.string('cidfile') } : {}),
    ...(Object.keys(flags.map('sysctl')).length > 0 ? { Sysctls: { ...flags.map('sysctl') } } : {}),
    ...(Object.keys(flags.map('annotation')).length > 0 ? { Annotations: { ...flags.map('annotation') } } : {}),
    ConsoleSize: tty && cli.out.isTTY ? [24, cli.columns] : [0, 0],
  };
  body.HostConfig = host as ContainerCreateRequest['HostConfig'];
  const endpoints = Object.keys(network.endpoints).length > 0 ? network.endpoints : undefined;
  if (endpoints) body.NetworkingConfig = { EndpointsConfig: endpoints };
  return {
    request: body as ContainerCreateRequest,
    name: flags.string('name'),
    platform: flags.string('platform'),
    pull,
    quiet: flags.bool('quiet'),
    cidfile: flags.string('cidfile'),
  };
}
