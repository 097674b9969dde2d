/**
 * @module
 * `ContainerRecord`: what a container is, as the daemon stores it. Wire-shaped (the fields of
 * `docker inspect`, Engine API `ContainerInspectResponse`) plus the few internal fields moby keeps
 * beside them: creation order, the "manually stopped" flag, the restart manager's back-off and
 * cancellation, and the writable layer. Frozen plain data; changed only through the lifecycle's
 * transition function and the container service's commits.
 */
import type { ContainerConfig } from './config.js';
import type { HostConfig } from './host-config.js';
import type { ContainerState } from './state.js';

/** A mount as `docker inspect` shows it (Engine API `MountPoint`). */
export interface MountPoint {
  readonly Type: 'bind' | 'volume' | 'image' | 'tmpfs' | 'npipe' | 'cluster';
  readonly Name?: string;
  readonly Source: string;
  readonly Destination: string;
  readonly Driver?: string;
  readonly Mode: string;
  readonly RW: boolean;
  readonly Propagation: string;
}

/** One network a container is attached to (the fields the container layer reads). */
export interface ContainerEndpoint {
  readonly NetworkID: string;
  readonly EndpointID: string;
  readonly IPAddress: string;
  readonly Aliases?: readonly string[] | null;
  readonly DNSNames?: readonly string[] | null;
  readonly [field: string]: unknown;
}

/** `NetworkSettings` as far as the container layer needs it; the network layer fills it. */
export interface ContainerNetworkSettings {
  readonly Ports: { readonly [port: string]: readonly { readonly HostIp: string; readonly HostPort: string }[] | null };
  readonly Networks: { readonly [name: string]: ContainerEndpoint };
  readonly [field: string]: unknown;
}

/** The daemon's bookkeeping beside the wire fields (moby `container.Container` internals). */
export interface ContainerInternals {
  /** Host-wide creation counter: `docker ps` sorts newest first, `before`/`since` use it. */
  readonly seq: number;
  /** Set by `stop`/`kill`; `unless-stopped` does not restart such a container. */
  readonly manuallyStopped: boolean;
  /** Set by `stop`, `kill` with the stop signal, `rm -f`: the next exit does not restart (moby ExitOnNext). */
  readonly exitOnNext: boolean;
  /** Set while `docker restart` stops the container: that exit neither restarts nor auto-removes. */
  readonly manuallyRestarted: boolean;
  /** The restart manager's current back-off in ms (0 before the first policy restart). */
  readonly restartBackoffMs: number;
  /** The image reference as the user gave it, for events (`image` attribute). */
  readonly imageRef: string;
  /** ChainIDs of the image layers under the writable layer, bottom first (kept if the image is removed). */
  readonly layerChain?: readonly string[];
}

/** A container as the daemon stores it. */
export interface ContainerRecord {
  readonly Id: string;
  /** RFC 3339 creation time. */
  readonly Created: string;
  /** The program the main process runs (first of Entrypoint+Cmd). */
  readonly Path: string;
  readonly Args: readonly string[];
  readonly State: ContainerState;
  /** The image id (`sha256:…`). */
  readonly Image: string;
  /** The name with its leading slash (`/web`). */
  readonly Name: string;
  readonly RestartCount: number;
  readonly Driver: string;
  readonly Platform: string;
  readonly MountLabel: string;
  readonly ProcessLabel: string;
  readonly AppArmorProfile: string;
  readonly ExecIDs: readonly string[] | null;
  readonly HostConfig: HostConfig;
  readonly Mounts: readonly MountPoint[];
  readonly Config: ContainerConfig;
  readonly NetworkSettings: ContainerNetworkSettings;
  /** Internal fields (not on the wire). */
  readonly internal: ContainerInternals;
}

/** The name without its leading slash, as `docker ps` prints it. */
export function displayName(record: Pick<ContainerRecord, 'Name'>): string {
  return record.Name.startsWith('/') ? record.Name.slice(1) : record.Name;
}
