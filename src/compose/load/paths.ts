/**
 * @module
 * Relative paths made absolute against the project directory (compose-go `paths.ResolveRelativePaths`):
 * build contexts (not URLs or `service:` references), bind-mount sources, env and label files,
 * secret and config files, `extends.file`, local-driver `device` options. `~` expands to `HOME`.
 */
import type { Json } from '../../core/serialize.js';
import { isAbsPath, joinPath } from '../../core/go-path.js';
import { type Dict, dictAt, isDict } from './dict.js';

/** A bind mount in long syntax without a `source`. */
export class PathError extends Error {}

const REMOTE_PREFIXES = ['https://', 'http://', 'git://', 'ssh://', 'github.com/', 'git@'];

/** Resolves paths of a (cloned) model in place. */
export function resolveRelativePaths(model: Dict, workingDir: string, home: string | undefined): Dict {
  const expand = (p: string): string => (p.startsWith('~') && home !== undefined ? joinPath(home, p.slice(1)) : p);
  const abs = (p: Json): Json => {
    if (typeof p !== 'string') return p;
    const e = expand(p);
    return isAbsPath(e) || e === '' ? e : joinPath(workingDir, e);
  };
  const context = (p: Json): Json =>
    typeof p === 'string' && (p.includes('://') || p.startsWith('service:') || REMOTE_PREFIXES.some((r) => p.startsWith(r))) ? p : abs(p);
  for (const service of Object.values(dictAt(model, 'services') ?? {})) {
    if (!isDict(service)) continue;
    const build = dictAt(service, 'build');
    if (build !== undefined) {
      if (Object.hasOwn(build, 'context')) build.context = context(build.context!);
      const extra = dictAt(build, 'additional_contexts');
      for (const k of Object.keys(extra ?? {})) extra![k] = context(extra![k]!);
    }
    for (const file of Array.isArray(service.env_file) ? service.env_file : []) if (isDict(file) && Object.hasOwn(file, 'path')) file.path = abs(file.path!);
    if (Array.isArray(service.label_file)) service.label_file = service.label_file.map(abs);
    const extendsFrom = dictAt(service, 'extends');
    if (extendsFrom !== undefined && typeof extendsFrom.file === 'string') extendsFrom.file = abs(extendsFrom.file);
    for (const volume of Array.isArray(service.volumes) ? service.volumes : []) {
      if (!isDict(volume) || volume.type !== 'bind') continue;
      if (!Object.hasOwn(volume, 'source')) throw new PathError('invalid mount config for type "bind": field Source must not be empty');
      volume.source = abs(volume.source!);
    }
  }
  for (const kind of ['configs', 'secrets']) {
    for (const resource of Object.values(dictAt(model, kind) ?? {})) if (isDict(resource) && Object.hasOwn(resource, 'file')) resource.file = abs(resource.file!);
  }
  for (const volume of Object.values(dictAt(model, 'volumes') ?? {})) {
    const options = isDict(volume) && volume.driver === 'local' ? dictAt(volume, 'driver_opts') : undefined;
    if (options !== undefined && options.o === 'bind' && Object.hasOwn(options, 'device')) options.device = abs(options.device!);
  }
  return model;
}
