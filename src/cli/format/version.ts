/**
 * @module
 * `docker version` as the docker CLI 28 prints it: docker/cli's own template
 * (cli/command/system/version.go) run over the client's and the server's versions, through a
 * 20-wide tabwriter; `--format` templates (`{{.Server.Version}}`, `json`) over the same data.
 */
import type { SystemVersion } from '../../daemon/version.js';
import { ENGINE_VERSION, API_VERSION } from '../../daemon/version.js';
import { StatusError } from '../errors.js';
import { TemplateExecError } from '../template/exec.js';
import { TemplateParseError } from '../template/parse.js';
import { DOCKER_TEMPLATE_FUNCS, GoTemplate } from '../template/template.js';
import { GO_TYPE, type GoStruct } from '../template/values.js';
import { formatAnsic } from './go-time.js';
import { tabwrite, VERSION_WRITER } from './tabwriter.js';

/** What the (emulated) client reports about itself. */
export interface ClientVersion {
  readonly Version: string;
  readonly ApiVersion: string;
  readonly GoVersion: string;
  readonly GitCommit: string;
  readonly BuildTime: string;
  readonly Os: string;
  readonly Arch: string;
  readonly Context: string;
}

/** The emulated docker CLI's own version: docker 28.2.2's, as `docker version` shows it. */
export function emulatedClientVersion(context = 'default'): ClientVersion {
  return {
    Version: ENGINE_VERSION,
    ApiVersion: API_VERSION,
    GoVersion: 'go1.24.3',
    GitCommit: 'e6534b4',
    BuildTime: 'Fri May 30 12:07:14 2025',
    Os: 'linux',
    Arch: 'amd64',
    Context: context,
  };
}

const DEFAULT_VERSION_TEMPLATE = `{{with .Client -}}
Client:{{if ne .Platform nil}}{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}{{end}}
 Version:\t{{.Version}}
 API version:\t{{.APIVersion}}{{if ne .APIVersion .DefaultAPIVersion}} (downgraded from {{.DefaultAPIVersion}}){{end}}
 Go version:\t{{.GoVersion}}
 Git commit:\t{{.GitCommit}}
 Built:\t{{.BuildTime}}
 OS/Arch:\t{{.Os}}/{{.Arch}}
 Context:\t{{.Context}}
{{- end}}

{{- if ne .Server nil}}{{with .Server}}

Server:{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}
 {{- range $component := .Components}}
 {{$component.Name}}:
  {{- if eq $component.Name "Engine" }}
  Version:\t{{.Version}}
  API version:\t{{index .Details "ApiVersion"}} (minimum version {{index .Details "MinAPIVersion"}})
  Go version:\t{{index .Details "GoVersion"}}
  Git commit:\t{{index .Details "GitCommit"}}
  Built:\t{{index .Details "BuildTime"}}
  OS/Arch:\t{{index .Details "Os"}}/{{index .Details "Arch"}}
  Experimental:\t{{index .Details "Experimental"}}
  {{- else }}
  Version:\t{{$component.Version}}
  {{- $detailsOrder := getDetailsOrder $component}}
  {{- range $key := $detailsOrder}}
  {{$key}}:\t{{index $component.Details $key}}
   {{- end}}
  {{- end}}
 {{- end}}
 {{- end}}{{- end}}`;

const FUNCS = {
  ...DOCKER_TEMPLATE_FUNCS,
  getDetailsOrder: { params: ['any'] as const, fn: ((c: { Details?: { [k: string]: string } }) => Object.keys(c.Details ?? {}).sort()) as (...a: never[]) => unknown },
};

/** docker's `reformatDate`: an RFC 3339 build time as `time.ANSIC`, anything else unchanged. */
function reformatDate(buildTime: string): string {
  const ms = Date.parse(buildTime);
  return Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}T/.test(buildTime) ? buildTime : formatAnsic(ms);
}

/** Go's `system.versionInfo` over the two versions (server absent when the daemon is unreachable). */
function versionInfo(client: ClientVersion, server: SystemVersion | undefined): GoStruct {
  const clientJson = { Version: client.Version, ApiVersion: client.ApiVersion, DefaultAPIVersion: API_VERSION, GitCommit: client.GitCommit, GoVersion: client.GoVersion, Os: client.Os, Arch: client.Arch, BuildTime: client.BuildTime, Context: client.Context };
  const clientStruct = {
    [GO_TYPE]: 'system.clientVersion',
    Platform: null,
    Version: client.Version,
    APIVersion: client.ApiVersion,
    DefaultAPIVersion: API_VERSION,
    GitCommit: client.GitCommit,
    GoVersion: client.GoVersion,
    Os: client.Os,
    Arch: client.Arch,
    BuildTime: client.BuildTime,
    Context: client.Context,
    MarshalJSON: () => clientJson,
  };
  let serverStruct: GoStruct | null = null;
  if (server) {
    const components = server.Components.map((c) => ({ ...c, Details: c.Name === 'Engine' && c.Details?.['BuildTime'] ? { ...c.Details, BuildTime: reformatDate(c.Details['BuildTime']) } : c.Details }));
    const json = { ...server, Components: components };
    serverStruct = {
      [GO_TYPE]: '*types.Version',
      Platform: server.Platform,
      Components: components,
      Version: server.Version,
      APIVersion: server.ApiVersion,
      MinAPIVersion: server.MinAPIVersion,
      GitCommit: server.GitCommit,
      GoVersion: server.GoVersion,
      Os: server.Os,
      Arch: server.Arch,
      KernelVersion: server.KernelVersion,
      Experimental: server.Experimental ?? false,
      BuildTime: server.BuildTime,
      MarshalJSON: () => json,
    } as GoStruct;
  }
  return { [GO_TYPE]: 'system.versionInfo', Client: clientStruct, Server: serverStruct } as GoStruct;
}

/** What `docker version` prints, and the template error it ends with, if any. */
export interface VersionOutput {
  readonly stdout: string;
  readonly error?: string;
}

/**
 * The output of `docker version [--format F]`. A bad template throws a StatusError (exit 64); an
 * execution error keeps what was printed before it, as docker's tabwriter flush does.
 */
export function renderVersion(client: ClientVersion, server: SystemVersion | undefined, format = ''): VersionOutput {
  let tmpl: GoTemplate;
  try {
    tmpl = GoTemplate.parse(format === '' ? DEFAULT_VERSION_TEMPLATE : format === 'json' ? '{{json .}}' : format, { name: 'version', funcs: FUNCS });
  } catch (e) {
    if (e instanceof TemplateParseError) throw new StatusError(`template parsing error: ${e.message}`, 64);
    throw e;
  }
  const data = versionInfo(client, server);
  try {
    return { stdout: tabwrite(`${tmpl.execute(data)}\n`, VERSION_WRITER) };
  } catch (e) {
    if (!(e instanceof TemplateExecError)) throw e;
    return { stdout: tabwrite(`${tmpl.executePartial(data)}\n`, VERSION_WRITER), error: e.message };
  }
}

/** The text `docker version` prints for a client and (when reachable) a server. */
export function formatVersion(client: ClientVersion, server: SystemVersion | undefined): string {
  return renderVersion(client, server).stdout;
}
