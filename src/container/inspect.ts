/**
 * @module
 * `GET /containers/{id}/json` (`docker inspect`): the record's wire fields, the daemon's file
 * paths for the container, the storage driver data, and sizes when asked (Engine API
 * `ContainerInspectResponse`).
 */
import type { ContainerConfig } from './config.js';
import type { HostConfig } from './host-config.js';
import type { ContainerNetworkSettings, ContainerRecord, MountPoint } from './record.js';
import type { ContainerState } from './state.js';

/** `docker inspect` of a container. */
export interface ContainerInspect {
  readonly Id: string;
  readonly Created: string;
  readonly Path: string;
  readonly Args: readonly string[];
  readonly State: ContainerState;
  readonly Image: string;
  readonly ResolvConfPath: string;
  readonly HostnamePath: string;
  readonly HostsPath: string;
  readonly LogPath: string;
  readonly Name: string;
  readonly RestartCount: number;
  readonly Driver: string;
  readonly Platform: string;
  readonly MountLabel: string;
  readonly ProcessLabel: string;
  readonly AppArmorProfile: string;
  readonly ExecIDs: readonly string[] | null;
  readonly HostConfig: HostConfig;
  readonly GraphDriver: { readonly Name: string; readonly Data: { readonly [key: string]: string } };
  readonly SizeRw?: number;
  readonly SizeRootFs?: number;
  readonly Mounts: readonly MountPoint[];
  readonly Config: ContainerConfig;
  readonly NetworkSettings: ContainerNetworkSettings;
}

/** The inspect view of a record (sizes only when given). */
export function toInspect(record: ContainerRecord, size?: { readonly rw: number; readonly rootFs: number }): ContainerInspect {
  const { internal: _internal, ...wire } = record;
  const dir = `/var/lib/docker/containers/${record.Id}`;
  const layer = `/var/lib/docker/overlay2/${record.Id}`;
  const out: ContainerInspect = {
    ...wire,
    ResolvConfPath: `${dir}/resolv.conf`,
    HostnamePath: `${dir}/hostname`,
    HostsPath: `${dir}/hosts`,
    LogPath: `${dir}/${record.Id}-json.log`,
    GraphDriver: {
      Name: 'overlay2',
      Data: { LowerDir: `${layer}-init/diff`, MergedDir: `${layer}/merged`, UpperDir: `${layer}/diff`, WorkDir: `${layer}/work` },
    },
  };
  return size ? { ...out, SizeRw: size.rw, SizeRootFs: size.rootFs } : out;
}
