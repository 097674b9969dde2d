/**
 * @module
 * Container nodes of one host (`docker ps -a`) with their `uses` edges to images and `mount`
 * edges to volumes. Ports are listed as `docker ps` lists them: published bindings while the
 * container runs, exposed ports otherwise.
 */
import type { ContainerRecord } from '../container/record.js';
import { displayName } from '../container/record.js';
import { commandLine, portSummaries } from '../container/summary.js';
import { isRunning } from '../container/state.js';
import type { HostState } from '../daemon/state.js';
import { imageNodeId } from './images.js';
import { edgeId, type BindView, type ContainerNode, type PortView, type SceneEdge } from './scene.js';
import { NodeMemo } from './memo.js';
import { volumeNodeId } from './volumes.js';

const memo = new NodeMemo<ContainerRecord, ContainerNode>();

/** The node id of a host's container. */
export function containerNodeId(host: string, containerId: string): string {
  return `${host}/container/${containerId}`;
}

/** Every container in creation order (oldest first), the records in that order too. */
export function containerRecords(state: HostState): ContainerRecord[] {
  return [...state.containers.values()].sort((a, b) => a.internal.seq - b.internal.seq);
}

/** Container nodes with their `uses` and `mount` edges; `shownImages` are the image ids with nodes. */
export function containerNodes(host: string, records: readonly ContainerRecord[], shownImages: ReadonlySet<string>, volumes: ReadonlySet<string>): { containers: ContainerNode[]; edges: SceneEdge[] } {
  const containers: ContainerNode[] = [];
  const edges: SceneEdge[] = [];
  for (const record of records) {
    const id = containerNodeId(host, record.Id);
    const running = isRunning(record.State.Status);
    if (shownImages.has(record.Image)) {
      const to = imageNodeId(host, record.Image);
      edges.push({ id: edgeId('uses', id, to), kind: 'uses', from: id, to, active: true });
    }
    for (const mount of record.Mounts) {
      if (mount.Type !== 'volume' || mount.Name === undefined || !volumes.has(mount.Name)) continue;
      const to = volumeNodeId(host, mount.Name);
      edges.push({ id: edgeId('mount', id, to), kind: 'mount', from: id, to, label: mount.Destination, active: running });
    }
    containers.push(memo.get(record, host, () => containerNode(host, id, record)));
  }
  return { containers, edges };
}

function containerNode(host: string, id: string, record: ContainerRecord): ContainerNode {
  const health = record.State.Health?.Status;
  const binds: BindView[] = record.Mounts.filter((m) => m.Type === 'bind').map((m) => ({ source: m.Source, destination: m.Destination, readOnly: !m.RW }));
  return {
    kind: 'container',
    id,
    host,
    label: displayName(record),
    containerId: record.Id,
    name: displayName(record),
    image: record.Config.Image,
    status: record.State.Status,
    ...(health !== undefined && health !== 'none' ? { health } : {}),
    exitCode: record.State.ExitCode,
    restartCount: record.RestartCount,
    command: commandLine(record),
    ports: ports(record),
    binds,
    state: record.State,
  };
}

function ports(record: ContainerRecord): PortView[] {
  return portSummaries(record).map((p) => ({
    containerPort: p.PrivatePort,
    protocol: p.Type,
    ...(p.PublicPort !== undefined ? { hostIp: p.IP ?? '', hostPort: p.PublicPort } : {}),
  }));
}
