/**
 * @module
 * `--mount` as docker/cli's `opts.MountOpt` reads it: a CSV of `key=value` fields (`type`,
 * `source`/`src`, `target`/`dst`/`destination`, `readonly`/`ro`, `volume-*`, `bind-*`,
 * `tmpfs-*`…), with its error texts. A source starting with `.` is made absolute against the
 * CLI's working directory. The flag validates each occurrence as it is parsed (so a bad one is a
 * flag error, exit 125); the create request reads them again with the working directory.
 */
import type { MountRequest } from '../../../volume/mounts/spec.js';
import { ramInBytes } from '../../format/units.js';
import { FlagValueError, type FlagValidator } from '../../grammar/flag.js';
import { parseGoBool } from '../../grammar/go-strconv.js';
import { readCsv } from '../../grammar/values.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type Options = { [key: string]: unknown };

const fail = (message: string): never => {
  throw new FlagValueError(message);
};

function bool(key: string, value: string, message = `invalid value for ${key}: ${value}`): boolean {
  try {
    return parseGoBool(value);
  } catch {
    return fail(message);
  }
}

/** Joins `path` to `cwd` as Go's `filepath.Abs` (cleaned). */
function absolute(cwd: string, path: string): string {
  const parts: string[] = [];
  for (const part of `${cwd}/${path}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Parses one `--mount` value; `cwd` resolves a relative (`./…`) source. Throws {@link FlagValueError}. */
export function parseMount(value: string, cwd = '/'): MountRequest {
  const mount: Writable<MountRequest> = { Type: 'volume' };
  let volume: Options | undefined;
  let bind: Options | undefined;
  let tmpfs: Options | undefined;
  let image: Options | undefined;
  const volumeOptions = (): Options => (volume ??= { Labels: {}, DriverConfig: {} });
  const onMap = (target: { [key: string]: string }, kv: string) => {
    const eq = kv.indexOf('=');
    const k = eq < 0 ? kv : kv.slice(0, eq);
    if (k !== '') target[k] = eq < 0 ? '' : kv.slice(eq + 1);
  };
  for (const field of readCsv(value)) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') mount.ReadOnly = true;
      else if (key === 'volume-nocopy') volumeOptions().NoCopy = true;
      else if (key === 'bind-nonrecursive') (bind ??= {}).NonRecursive = true;
      else fail(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    switch (key) {
      case 'type':
        mount.Type = val.toLowerCase();
        break;
      case 'source':
      case 'src':
        mount.Source = !val.startsWith('/') && val.startsWith('.') ? absolute(cwd, val) : val;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        mount.Target = val;
        break;
      case 'readonly':
      case 'ro':
        mount.ReadOnly = bool(key, val);
        break;
      case 'consistency':
        mount.Consistency = val.toLowerCase();
        break;
      case 'bind-propagation':
        (bind ??= {}).Propagation = val.toLowerCase();
        break;
      case 'bind-nonrecursive':
        (bind ??= {}).NonRecursive = bool(key, val);
        break;
      case 'bind-recursive':
        if (val === 'disabled') (bind ??= {}).NonRecursive = true;
        else if (val === 'writable') (bind ??= {}).ReadOnlyNonRecursive = true;
        else if (val === 'readonly') (bind ??= {}).ReadOnlyForceRecursive = true;
        else if (val === 'enabled') bind ??= {};
        else fail(`invalid value for ${key}: ${val} (must be "enabled", "disabled", "writable", or "readonly")`);
        break;
      case 'volume-subpath':
        volumeOptions().Subpath = val;
        break;
      case 'volume-nocopy':
        volumeOptions().NoCopy = bool(key, val, `invalid value for volume-nocopy: ${val}`);
        break;
      case 'volume-label':
        onMap(volumeOptions().Labels as { [key: string]: string }, val);
        break;
      case 'volume-driver':
        (volumeOptions().DriverConfig as Options).Name = val;
        break;
      case 'volume-opt': {
        const driver = volumeOptions().DriverConfig as Options;
        onMap((driver.Options ??= {}) as { [key: string]: string }, val);
        break;
      }
      case 'image-subpath':
        (image ??= {}).Subpath = val;
        break;
      case 'tmpfs-size':
        try {
          (tmpfs ??= {}).SizeBytes = ramInBytes(val);
        } catch {
          fail(`invalid value for ${key}: ${val}`);
        }
        break;
      case 'tmpfs-mode':
        if (!/^[0-7]+$/.test(val) || parseInt(val, 8) > 0xffffffff) fail(`invalid value for ${key}: ${val}`);
        (tmpfs ??= {}).Mode = parseInt(val, 8);
        break;
      default:
        fail(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (mount.Type === '') fail('type is required');
  if (mount.Target === undefined || mount.Target === '') fail('target is required');
  if (volume && mount.Type !== 'volume') fail(`cannot mix 'volume-*' options with mount type '${mount.Type}'`);
  if (image && mount.Type !== 'image') fail(`cannot mix 'image-*' options with mount type '${mount.Type}'`);
  if (bind && mount.Type !== 'bind') fail(`cannot mix 'bind-*' options with mount type '${mount.Type}'`);
  if (tmpfs && mount.Type !== 'tmpfs') fail(`cannot mix 'tmpfs-*' options with mount type '${mount.Type}'`);
  if (bind?.ReadOnlyNonRecursive && !mount.ReadOnly) fail("option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction");
  if (bind?.ReadOnlyForceRecursive) {
    if (!mount.ReadOnly) fail("option 'bind-recursive=readonly' requires 'readonly' to be specified in conjunction");
    if (bind.Propagation !== 'rprivate') fail("option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction");
  }
  return {
    ...mount,
    ...(volume ? { VolumeOptions: volume as MountRequest['VolumeOptions'] } : {}),
    ...(bind ? { BindOptions: bind } : {}),
    ...(tmpfs ? { TmpfsOptions: tmpfs as MountRequest['TmpfsOptions'] } : {}),
    ...(image ? { ImageOptions: image } : {}),
  };
}

/** The `--mount` flag's validator: the value is kept as typed once it parses. */
export const validateMount: FlagValidator = (value) => {
  parseMount(value);
  return value;
};
