/**
 * @module
 * `docker volume create` (`POST /volumes/create`) and the volumes `docker run -v name:/path`
 * creates on the fly: name rules of the local driver (`[a-zA-Z0-9][a-zA-Z0-9_.-]`, at least two
 * characters), a 64-hex name and the anonymous label when none is given, `local` as the only
 * driver, and creating an existing name returns the existing volume (no event).
 */
import { DockerError } from '../core/errors.js';
import { VOLUME_NAME_TOO_SHORT, volumeDriverNotFound, volumeNameInvalid, volumeOpError } from '../core/messages/volume.js';
import { emptyTree } from '../fs/tree.js';
import { ANONYMOUS_LABEL, volumeMountpoint, type VolumeRecord } from './record.js';
import type { VolumeSlice } from './state.js';

/** The body of `POST /volumes/create` (Engine API `VolumeCreateOptions`). */
export interface VolumeCreateRequest {
  readonly Name?: string;
  readonly Driver?: string;
  readonly DriverOpts?: { readonly [key: string]: string } | null;
  readonly Labels?: { readonly [key: string]: string } | null;
}

const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const LOCAL_OPTIONS = ['type', 'o', 'device', 'size'];
const REQUIRED_WITH: { readonly [opt: string]: readonly string[] } = { device: ['type'], type: ['device'], o: ['device', 'type'] };

/** The local driver's name check; the error text, or undefined when valid. */
export function volumeNameError(name: string): string | undefined {
  if (name.length === 1) return VOLUME_NAME_TOO_SHORT;
  if (!NAME_RE.test(name)) return volumeNameInvalid(name);
  return undefined;
}

/** The local driver's options check (moby `validateOpts`). */
function optionsError(opts: { readonly [key: string]: string }): string | undefined {
  for (const opt of Object.keys(opts)) if (!LOCAL_OPTIONS.includes(opt)) return `invalid option: ${JSON.stringify(opt)}`;
  if (opts['size'] !== undefined) return 'quota size requested but no quota support';
  for (const [opt, needs] of Object.entries(REQUIRED_WITH)) {
    if (opts[opt] === undefined) continue;
    for (const need of needs) if (opts[need] === undefined) return `missing required option: ${JSON.stringify(need)}`;
  }
  return undefined;
}

/** What creating (or finding) a volume gives. */
export interface VolumeCreated {
  readonly slice: VolumeSlice;
  readonly record: VolumeRecord;
  /** False when the name already existed (Docker returns it unchanged, without an event). */
  readonly created: boolean;
}

/** Where a new volume gets its name (when anonymous), time and order. */
export interface VolumeCreateContext {
  readonly newName: () => string;
  readonly nowMs: number;
  readonly seq: number;
}

function createdAt(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Creates a volume (or returns the existing one of that name); throws Docker's error on bad input. */
export function createVolume(slice: VolumeSlice, request: VolumeCreateRequest, ctx: VolumeCreateContext): VolumeCreated {
  const anonymous = !request.Name;
  const name = request.Name || ctx.newName();
  const driver = request.Driver || 'local';
  const existing = slice.volumes.get(name);
  if (existing) {
    if (request.Driver && request.Driver !== existing.Driver) throw volumeOpError('Conflict', 'create', name, `volume name must be unique`);
    return { slice, record: existing, created: false };
  }
  if (driver !== 'local') throw volumeDriverNotFound(name, driver);
  const nameError = volumeNameError(name);
  if (nameError) throw volumeOpError('InvalidParameter', 'create', name, nameError);
  const optError = optionsError(request.DriverOpts ?? {});
  if (optError) throw volumeOpError('InvalidParameter', 'create', name, optError);
  const labels = anonymous ? { ...(request.Labels ?? {}), [ANONYMOUS_LABEL]: '' } : (request.Labels ?? null);
  const record: VolumeRecord = {
    CreatedAt: createdAt(ctx.nowMs),
    Driver: driver,
    Labels: labels,
    Mountpoint: volumeMountpoint(name),
    Name: name,
    Options: request.DriverOpts ?? null,
    Scope: 'local',
    internal: { seq: ctx.seq, createdMs: ctx.nowMs, refs: [], anonymousFor: [], data: emptyTree({ mtime: ctx.nowMs }) },
  };
  return { slice: { ...slice, volumes: slice.volumes.set(name, record) }, record, created: true };
}

/** Checks a volume create request's field types (400 on garbage). */
export function checkVolumeCreateRequest(request: unknown): VolumeCreateRequest {
  if (request === undefined || request === null) return {};
  if (typeof request !== 'object') throw new DockerError('InvalidParameter', 'invalid volume create request');
  const r = request as Record<string, unknown>;
  for (const key of ['Name', 'Driver'] as const) if (r[key] !== undefined && typeof r[key] !== 'string') throw new DockerError('InvalidParameter', `invalid ${key}: must be a string`);
  return r as VolumeCreateRequest;
}
