/**
 * @module
 * The two ways a container asks for mounts, parsed and validated as moby's Linux parser does
 * (`volume/mounts/linux_parser.go`): `HostConfig.Binds` (`-v src:dst[:mode]` — an absolute source
 * is a bind mount, anything else a volume name, no source an anonymous volume) and
 * `HostConfig.Mounts` (`--mount type=…,source=…,target=…`, where a bind source must exist).
 */
import { DockerError } from '../../core/errors.js';
import { invalidMountConfig, invalidMountMode, invalidVolumeSpec } from '../../core/messages/volume.js';

/** A `--mount` (Engine API `Mount`). */
export interface MountRequest {
  readonly Type: string;
  readonly Source?: string;
  readonly Target?: string;
  readonly ReadOnly?: boolean;
  readonly Consistency?: string;
  readonly BindOptions?: { readonly Propagation?: string; readonly CreateMountpoint?: boolean; readonly [key: string]: unknown } | null;
  readonly VolumeOptions?: {
    readonly NoCopy?: boolean;
    readonly Labels?: { readonly [key: string]: string } | null;
    readonly DriverConfig?: { readonly Name?: string; readonly Options?: { readonly [key: string]: string } | null } | null;
    readonly Subpath?: string;
  } | null;
  readonly TmpfsOptions?: { readonly SizeBytes?: number; readonly Mode?: number; readonly Options?: readonly (readonly string[])[] } | null;
  readonly ImageOptions?: unknown;
}

/** A parsed mount, before volumes are created (moby `MountPoint` in the making). */
export interface MountSpec {
  readonly type: 'bind' | 'volume' | 'tmpfs';
  /** Host path (bind) or volume name (volume; '' for an anonymous one). */
  readonly source: string;
  /** Cleaned absolute container path. */
  readonly target: string;
  readonly readOnly: boolean;
  /** The `-v` mode text (`ro`, `z`, …); '' for `--mount`. */
  readonly mode: string;
  /** Copy the image's content into an empty volume (off with `nocopy` / `volume-nocopy`). */
  readonly copyData: boolean;
  readonly propagation: string;
  /** `-v` bind: the host directory is created when missing. */
  readonly createHostPath: boolean;
  readonly labels?: { readonly [key: string]: string } | null;
  readonly driver?: string;
  readonly driverOptions?: { readonly [key: string]: string } | null;
}

const RW_MODES = ['rw', 'ro'];
const LABEL_MODES = ['z', 'Z'];
const PROPAGATION_MODES = ['private', 'rprivate', 'slave', 'rslave', 'shared', 'rshared'];
const CONSISTENCY_MODES = ['consistent', 'cached', 'delegated'];

/** moby `linuxValidMountMode`: a comma list with at most one option of each kind. */
export function validMountMode(mode: string): boolean {
  if (mode === '') return true;
  const counts = [0, 0, 0, 0, 0];
  for (const o of mode.split(',')) {
    const kind = RW_MODES.includes(o) ? 0 : LABEL_MODES.includes(o) ? 1 : PROPAGATION_MODES.includes(o) ? 2 : o === 'nocopy' ? 3 : CONSISTENCY_MODES.includes(o) ? 4 : -1;
    if (kind < 0) return false;
    counts[kind]! += 1;
  }
  return counts.every((n) => n <= 1);
}

/** Go's `path.Clean` for container paths. */
export function cleanPath(path: string): string {
  const abs = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return abs ? `/${joined}` : joined || '.';
}

/** Validates a mount request as `validateMountConfigImpl`; `exists` checks bind sources (omit to skip). */
export function validateMount(mount: MountRequest, exists?: (path: string) => boolean): void {
  const fail = (error: string) => invalidMountConfig(mount.Type, error);
  const target = mount.Target ?? '';
  if (target === '') throw fail('field Target must not be empty');
  if (cleanPath(target.replaceAll('\\', '/')) === '/') throw fail("invalid specification: destination can't be '/'");
  if (!target.replaceAll('\\', '/').startsWith('/')) throw fail(`invalid mount path: '${target}' mount path must be absolute`);
  const source = mount.Source ?? '';
  switch (mount.Type) {
    case 'bind': {
      if (source === '') throw fail('field Source must not be empty');
      const propagation = mount.BindOptions?.Propagation;
      if (propagation && !PROPAGATION_MODES.includes(propagation)) throw fail(`invalid propagation mode: ${propagation}`);
      if (mount.VolumeOptions) throw fail('field VolumeOptions must not be specified');
      if (mount.ImageOptions) throw fail('field ImageOptions must not be specified');
      if (!source.startsWith('/')) throw fail(`invalid mount path: '${source}' mount path must be absolute`);
      if (exists && !exists(cleanPath(source)) && !mount.BindOptions?.CreateMountpoint) throw fail(`bind source path does not exist: ${source}`);
      return;
    }
    case 'volume': {
      if (mount.BindOptions) throw fail('field BindOptions must not be specified');
      if (mount.ImageOptions) throw fail('field ImageOptions must not be specified');
      const subpath = mount.VolumeOptions?.Subpath;
      if (subpath) {
        if (source === '') throw fail('must not set Subpath when using anonymous volumes');
        if (subpath.startsWith('/') || subpath.split('/').includes('..')) throw fail('subpath must be a relative path within the volume');
      }
      if (mount.ReadOnly && source === '') throw fail('must not set ReadOnly mode when using anonymous volumes');
      return;
    }
    case 'tmpfs': {
      if (mount.BindOptions) throw fail('field BindOptions must not be specified');
      if (mount.ImageOptions) throw fail('field ImageOptions must not be specified');
      if (source !== '') throw fail('field Source must not be specified');
      for (const opt of mount.TmpfsOptions?.Options ?? []) {
        if (opt.length < 1 || opt.length > 2) throw fail('invalid option array length');
        if (opt[0] !== 'exec' && opt[0] !== 'noexec') throw fail(`invalid option: ${opt[0]}`);
      }
      return;
    }
    case 'image':
      throw new DockerError('NotImplemented', 'image mounts are not simulated by dockersim');
    default:
      throw fail('mount type unknown');
  }
}

/** The spec of a validated `--mount`. */
export function mountSpec(mount: MountRequest): MountSpec {
  const type = mount.Type as MountSpec['type'];
  return {
    type,
    source: type === 'bind' ? cleanPath(mount.Source ?? '') : (mount.Source ?? ''),
    target: cleanPath(mount.Target ?? ''),
    readOnly: Boolean(mount.ReadOnly),
    mode: '',
    copyData: !mount.VolumeOptions?.NoCopy,
    propagation: type === 'bind' ? mount.BindOptions?.Propagation || 'rprivate' : '',
    createHostPath: false,
    ...(mount.VolumeOptions?.Labels ? { labels: mount.VolumeOptions.Labels } : {}),
    ...(mount.VolumeOptions?.DriverConfig?.Name ? { driver: mount.VolumeOptions.DriverConfig.Name } : {}),
    ...(mount.VolumeOptions?.DriverConfig?.Options ? { driverOptions: mount.VolumeOptions.DriverConfig.Options } : {}),
  };
}

/** Parses one `Binds` entry (`ParseMountRaw`); throws `invalid volume specification: '<raw>'…`. */
export function parseBind(raw: string): MountSpec {
  const parts = raw.split(':');
  const arr = parts.length > 4 ? [...parts.slice(0, 3), parts.slice(3).join(':')] : parts;
  if (arr[0] === '') throw invalidVolumeSpec(raw);
  let source = '';
  let target: string;
  let mode = '';
  switch (arr.length) {
    case 1:
      target = arr[0]!;
      break;
    case 2:
      if (validMountMode(arr[1]!)) throw invalidVolumeSpec(raw);
      source = arr[0]!;
      target = arr[1]!;
      break;
    case 3:
      source = arr[0]!;
      target = arr[1]!;
      mode = arr[2]!;
      break;
    default:
      throw invalidVolumeSpec(raw);
  }
  if (!validMountMode(mode)) throw invalidMountMode(mode);
  const type = source.startsWith('/') ? 'bind' : 'volume';
  const options = mode.split(',');
  const propagation = options.find((o) => PROPAGATION_MODES.includes(o));
  const request: MountRequest = { Type: type, Source: source, Target: target, ReadOnly: options.includes('ro'), ...(propagation ? { BindOptions: { Propagation: propagation } } : {}) };
  try {
    validateMount(request);
  } catch (err) {
    if (err instanceof DockerError) throw invalidVolumeSpec(raw, err.message);
    throw err;
  }
  return {
    type,
    source: type === 'bind' ? cleanPath(source) : source,
    target: cleanPath(target),
    readOnly: options.includes('ro'),
    mode,
    copyData: !options.includes('nocopy'),
    propagation: type === 'bind' ? (propagation ?? 'rprivate') : '',
    createHostPath: type === 'bind',
  };
}
