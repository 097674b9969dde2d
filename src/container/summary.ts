/**
 * @module
 * `ContainerSummary`: one row of `GET /containers/json` (`docker ps`), derived from a record the
 * way moby's container view does (`daemon/container/view.go`): the command with quoted spaced
 * arguments, ports from the network settings, the STATUS text at the given virtual time.
 */
import { unixSeconds, parseTimestamp } from '../core/time.js';
import type { ContainerRecord, MountPoint } from './record.js';
import type { ContainerStatus } from './state.js';
import { statusText } from './status-text.js';

/** One published or exposed port (Engine API `Port`). */
export interface PortSummary {
  readonly IP?: string;
  readonly PrivatePort: number;
  readonly PublicPort?: number;
  readonly Type: 'tcp' | 'udp' | 'sctp';
}

/** `GET /containers/json` item (Engine API `ContainerSummary`). */
export interface ContainerSummary {
  readonly Id: string;
  readonly Names: readonly string[];
  readonly Image: string;
  readonly ImageID: string;
  readonly Command: string;
  /** Unix seconds. */
  readonly Created: number;
  readonly Ports: readonly PortSummary[];
  readonly SizeRw?: number;
  readonly SizeRootFs?: number;
  readonly Labels: { readonly [key: string]: string };
  readonly State: ContainerStatus;
  readonly Status: string;
  readonly HostConfig: { readonly NetworkMode: string };
  readonly NetworkSettings: { readonly Networks: ContainerRecord['NetworkSettings']['Networks'] };
  readonly Mounts: readonly MountPoint[];
}

/** The COMMAND moby shows: Path, then the arguments, those with a space in single quotes. */
export function commandLine(record: Pick<ContainerRecord, 'Path' | 'Args'>): string {
  if (record.Args.length === 0) return record.Path;
  return `${record.Path} ${record.Args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}

/** The ports of a container as `docker ps` lists them. */
export function portSummaries(record: ContainerRecord): PortSummary[] {
  const out: PortSummary[] = [];
  for (const [key, bindings] of Object.entries(record.NetworkSettings.Ports)) {
    const [port = '0', proto = 'tcp'] = key.split('/');
    const type = proto as PortSummary['Type'];
    const privatePort = Number(port);
    if (!bindings || bindings.length === 0) {
      out.push({ PrivatePort: privatePort, Type: type });
      continue;
    }
    for (const b of bindings) out.push({ IP: b.HostIp, PrivatePort: privatePort, PublicPort: Number(b.HostPort), Type: type });
  }
  return out;
}

/** Options of {@link toSummary}. */
export interface SummaryOptions {
  /** The image reference to show (moby shows the image id once the reference moved). */
  readonly image?: string;
  /** Writable-layer and total sizes, when `size` was asked. */
  readonly size?: { readonly rw: number; readonly rootFs: number };
}

/** The `docker ps` row of `record` at virtual time `now`. */
export function toSummary(record: ContainerRecord, now: number, options: SummaryOptions = {}): ContainerSummary {
  const summary: ContainerSummary = {
    Id: record.Id,
    Names: [record.Name],
    Image: options.image ?? record.Config.Image,
    ImageID: record.Image,
    Command: commandLine(record),
    Created: unixSeconds(parseTimestamp(record.Created) ?? 0),
    Ports: portSummaries(record),
    Labels: record.Config.Labels,
    State: record.State.Status,
    Status: statusText(record.State, now),
    HostConfig: { NetworkMode: record.HostConfig.NetworkMode },
    NetworkSettings: { Networks: record.NetworkSettings.Networks },
    Mounts: record.Mounts,
  };
  return options.size ? { ...summary, SizeRw: options.size.rw, SizeRootFs: options.size.rootFs } : summary;
}
