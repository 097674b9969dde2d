/**
 * @module
 * `GET /containers/{id}/json` (`docker inspect`): the record's wire fields, the daemon's file
 * paths for the container, the storage driver data, and sizes when asked (Engine API
 * `ContainerInspectResponse`).
 */
import type { ContainerRecord } from './record.js';

/** `docker inspect` of a container: the record's wire fields plus the daemon's paths and sizes. */
export interface ContainerInspect extends Omit<ContainerRecord, 'internal'> {
  readonly ResolvConfPath: string;
  readonly HostnamePath: string;
  readonly HostsPath: string;
  readonly LogPath: string;
  readonly GraphDriver: { readonly Name: string; readonly Data: { readonly [key: string]: string } };
  readonly SizeRw?: number;
  readonly SizeRootFs?: number;
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
