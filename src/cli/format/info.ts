/**
 * @module
 * `docker info` output (docker/cli `system/info.go`): the pretty print — a Client section
 * (version, context, debug, plugins) and a Server section (counts, storage driver, plugins,
 * swarm, runtimes, security options, kernel and OS, CPUs and memory, registries…), with the
 * daemon's warnings on stderr — and `--format` templates over the merged info object.
 */
import type { SystemInfo } from '../../daemon/info.js';
import { StatusError } from '../errors.js';
import { TemplateParseError } from '../template/parse.js';
import { GoTemplate } from '../template/template.js';
import { GO_TYPE, type GoStruct } from '../template/values.js';
import { printValue } from '../template/values.js';
import { bytesSize } from './units.js';
import type { ClientVersion } from './version.js';

/** What `docker info` prints on each stream. */
export interface InfoOutput {
  readonly stdout: string;
  readonly stderr: string;
}

/** Go's `fmt.Println(a...)`: operands separated by spaces, then a newline. */
const println = (...a: unknown[]) => `${a.map(printValue).join(' ')}\n`;
const nonEmpty = (label: string, value: string) => (value !== '' ? println(label, value) : '');

function client(version: ClientVersion, debug: boolean): string {
  return 'Client:\n' + nonEmpty(' Version:   ', version.Version) + println(' Context:   ', version.Context) + println(' Debug Mode:', debug);
}

function securityOptions(options: readonly string[]): string {
  let out = ' Security Options:\n';
  for (const opt of options) {
    if (!opt.includes('=')) {
      out += `  ${opt}\n`;
      continue;
    }
    const pairs = opt.split(',').map((s) => s.split('=') as [string, string]);
    out += `  ${pairs.find(([k]) => k === 'name')?.[1] ?? ''}\n`;
    for (const [k, v] of pairs) if (k === 'profile') out += println('   Profile:', v);
  }
  return out;
}

function server(info: SystemInfo, debug: boolean): string {
  let o = '';
  o += println(' Containers:', info.Containers);
  o += println('  Running:', info.ContainersRunning);
  o += println('  Paused:', info.ContainersPaused);
  o += println('  Stopped:', info.ContainersStopped);
  o += println(' Images:', info.Images);
  o += nonEmpty(' Server Version:', info.ServerVersion);
  o += nonEmpty(' Storage Driver:', info.Driver);
  for (const [k, v] of info.DriverStatus ?? []) o += `  ${k}: ${v}\n`;
  o += nonEmpty(' Logging Driver:', info.LoggingDriver);
  o += nonEmpty(' Cgroup Driver:', info.CgroupDriver);
  o += nonEmpty(' Cgroup Version:', info.CgroupVersion);
  o += ' Plugins:\n';
  o += println('  Volume:', info.Plugins.Volume.join(' '));
  o += println('  Network:', info.Plugins.Network.join(' '));
  if ((info.Plugins.Authorization ?? []).length > 0) o += println('  Authorization:', info.Plugins.Authorization!.join(' '));
  o += println('  Log:', info.Plugins.Log.join(' '));
  o += println(' Swarm:', info.Swarm.LocalNodeState);
  const runtimes = Object.keys(info.Runtimes ?? {});
  if (runtimes.length > 0) {
    o += println(' Runtimes:', runtimes.join(' '));
    o += println(' Default Runtime:', info.DefaultRuntime);
  }
  if (info.OSType === 'linux') {
    o += println(' Init Binary:', info.InitBinary);
    o += println(' containerd version:', info.ContainerdCommit.ID);
    o += println(' runc version:', info.RuncCommit.ID);
    o += println(' init version:', info.InitCommit.ID);
    if (info.SecurityOptions.length > 0) o += securityOptions(info.SecurityOptions);
  }
  if (info.OSType === 'windows') o += println(' Default Isolation:', info.Isolation);
  o += nonEmpty(' Kernel Version:', info.KernelVersion);
  o += nonEmpty(' Operating System:', info.OperatingSystem);
  o += nonEmpty(' OSType:', info.OSType);
  o += nonEmpty(' Architecture:', info.Architecture);
  o += println(' CPUs:', info.NCPU);
  o += println(' Total Memory:', bytesSize(info.MemTotal));
  o += nonEmpty(' Name:', info.Name);
  o += nonEmpty(' ID:', info.ID);
  o += println(' Docker Root Dir:', info.DockerRootDir);
  o += println(' Debug Mode:', info.Debug);
  if (info.Debug || debug) {
    o += println('  File Descriptors:', info.NFd);
    o += println('  Goroutines:', info.NGoroutines);
    o += println('  System Time:', info.SystemTime);
    o += println('  EventsListeners:', info.NEventsListener);
  }
  o += nonEmpty(' HTTP Proxy:', info.HttpProxy);
  o += nonEmpty(' HTTPS Proxy:', info.HttpsProxy);
  o += nonEmpty(' No Proxy:', info.NoProxy);
  if (info.Labels.length > 0) o += ` Labels:\n${info.Labels.map((l) => `  ${l}\n`).join('')}`;
  o += println(' Experimental:', info.ExperimentalBuild);
  const registry = info.RegistryConfig;
  const indexes = Object.keys(registry.IndexConfigs).sort();
  if (registry.InsecureRegistryCIDRs.length > 0 || indexes.length > 0) {
    o += ' Insecure Registries:\n';
    for (const name of indexes) if (!registry.IndexConfigs[name]!.Secure) o += `  ${registry.IndexConfigs[name]!.Name}\n`;
    for (const cidr of registry.InsecureRegistryCIDRs) o += `  ${cidr}\n`;
  }
  if (registry.Mirrors.length > 0) o += ` Registry Mirrors:\n${registry.Mirrors.map((m) => `  ${m}\n`).join('')}`;
  o += println(' Live Restore Enabled:', info.LiveRestoreEnabled);
  if (info.DefaultAddressPools.length > 0) o += ` Default Address Pools:\n${info.DefaultAddressPools.map((p) => `   Base: ${p.Base}, Size: ${p.Size}\n`).join('')}`;
  return `${o}\n`;
}

/** The plain `docker info` print; `info` is undefined when the daemon could not be reached. */
export function prettyInfo(info: SystemInfo | undefined, version: ClientVersion, options: { readonly debug?: boolean } = {}): InfoOutput {
  const debug = options.debug ?? false;
  let stdout = client(version, debug);
  stdout += '\nServer:\n';
  let stderr = '';
  if (info) {
    stdout += server(info, debug);
    for (const w of info.Warnings ?? []) stderr += `${w}\n`;
  }
  return { stdout, stderr };
}

/** The object `docker info --format` templates run over (Go's `dockerInfo`: the server info, then ClientInfo). */
export function infoContext(info: SystemInfo | undefined, version: ClientVersion, debug = false): GoStruct {
  const clientInfo = {
    Debug: debug,
    Version: version.Version,
    DefaultAPIVersion: version.ApiVersion,
    GitCommit: version.GitCommit,
    GoVersion: version.GoVersion,
    Os: version.Os,
    Arch: version.Arch,
    BuildTime: version.BuildTime,
    Context: version.Context,
    Plugins: [] as unknown[],
    Warnings: null,
  };
  return { [GO_TYPE]: 'system.dockerInfo', ...(info ?? {}), ClientInfo: clientInfo } as GoStruct;
}

/** `docker info --format`: the template's output and a newline; parse errors exit 64. */
export function formatInfo(info: SystemInfo | undefined, version: ClientVersion, format: string, debug = false): string {
  let tmpl: GoTemplate;
  try {
    tmpl = GoTemplate.parse(format === 'json' ? '{{json .}}' : format);
  } catch (e) {
    if (e instanceof TemplateParseError) throw new StatusError(`template parsing error: ${e.message}`, 64);
    throw e;
  }
  return `${tmpl.execute(infoContext(info, version, debug))}\n`;
}
