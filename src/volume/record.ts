/**
 * @module
 * What a volume is, as the daemon stores it: the Engine API `Volume` object (`docker volume
 * inspect`) plus the daemon's bookkeeping — whether it is anonymous, which containers reference
 * it (running or stopped: either blocks `volume rm`), and its content, a file tree that outlives
 * every container mounting it.
 */
import type { DirectoryNode } from '../fs/node.js';

/** The label that marks an anonymous volume (moby `AnonymousLabel`); `volume prune` only removes those unless `all`. */
export const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';

/** Where the local driver keeps a volume's data on the host. */
export function volumeMountpoint(name: string): string {
  return `/var/lib/docker/volumes/${name}/_data`;
}

/** The daemon's bookkeeping beside the wire fields. */
export interface VolumeInternals {
  readonly seq: number;
  readonly createdMs: number;
  /** Containers referencing the volume, in the order they took it. */
  readonly refs: readonly string[];
  /** Containers that created it as their anonymous volume (`-v /path`, image VOLUME): `rm -v` removes it. */
  readonly anonymousFor: readonly string[];
  /** The volume's files. */
  readonly data: DirectoryNode;
}

/** A volume (Engine API `Volume`) with its internals. */
export interface VolumeRecord {
  /** RFC 3339 creation time in seconds (`2025-01-01T00:00:00Z`). */
  readonly CreatedAt: string;
  readonly Driver: string;
  readonly Labels: { readonly [key: string]: string } | null;
  readonly Mountpoint: string;
  readonly Name: string;
  readonly Options: { readonly [key: string]: string } | null;
  readonly Scope: 'local';
  readonly internal: VolumeInternals;
}

/** Usage of a volume, as `GET /system/df` reports it. */
export interface VolumeUsage {
  readonly Size: number;
  readonly RefCount: number;
}

/** A volume on the wire. */
export type Volume = Omit<VolumeRecord, 'internal'> & { readonly UsageData?: VolumeUsage };

/** The wire object of a volume. */
export function volumeWire(record: VolumeRecord): Volume {
  return {
    CreatedAt: record.CreatedAt,
    Driver: record.Driver,
    Labels: record.Labels,
    Mountpoint: record.Mountpoint,
    Name: record.Name,
    Options: record.Options,
    Scope: record.Scope,
  };
}

/** True for an anonymous volume. */
export function isAnonymous(record: VolumeRecord): boolean {
  return record.Labels !== null && Object.hasOwn(record.Labels, ANONYMOUS_LABEL);
}
