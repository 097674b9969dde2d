/**
 * @module
 * `docker version` as the docker CLI 28 prints it (cli/command/system/version.go template,
 * through a 20-wide tabwriter).
 */
import type { SystemVersion } from '../../daemon/version.js';
import { ENGINE_VERSION, API_VERSION } from '../../daemon/version.js';
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

function builtAt(buildTime: string): string {
  const ms = Date.parse(buildTime);
  return Number.isNaN(ms) ? buildTime : formatAnsic(ms);
}

/** The text `docker version` prints for a client and (when reachable) a server. */
export function formatVersion(client: ClientVersion, server: SystemVersion | undefined): string {
  let t = 'Client:\n';
  t += ` Version:\t${client.Version}\n`;
  t += ` API version:\t${client.ApiVersion}\n`;
  t += ` Go version:\t${client.GoVersion}\n`;
  t += ` Git commit:\t${client.GitCommit}\n`;
  t += ` Built:\t${client.BuildTime}\n`;
  t += ` OS/Arch:\t${client.Os}/${client.Arch}\n`;
  t += ` Context:\t${client.Context}\n`;
  if (server) {
    t += `\nServer:${server.Platform.Name ? ` ${server.Platform.Name}` : ''}\n`;
    for (const c of server.Components) {
      const d = c.Details ?? {};
      t += ` ${c.Name}:\n`;
      if (c.Name === 'Engine') {
        t += `  Version:\t${c.Version}\n`;
        t += `  API version:\t${d['ApiVersion'] ?? ''} (minimum version ${d['MinAPIVersion'] ?? ''})\n`;
        t += `  Go version:\t${d['GoVersion'] ?? ''}\n`;
        t += `  Git commit:\t${d['GitCommit'] ?? ''}\n`;
        t += `  Built:\t${builtAt(d['BuildTime'] ?? '')}\n`;
        t += `  OS/Arch:\t${d['Os'] ?? ''}/${d['Arch'] ?? ''}\n`;
        t += `  Experimental:\t${d['Experimental'] ?? ''}\n`;
      } else {
        t += `  Version:\t${c.Version}\n`;
        for (const key of Object.keys(d).sort()) t += `  ${key}:\t${d[key]}\n`;
      }
    }
  }
  return tabwrite(t, VERSION_WRITER);
}
