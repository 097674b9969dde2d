/**
 * @module
 * `extends:` (compose-go `ApplyExtends`): a service starts from another one — in the same file or
 * in another (`file:`, relative to the project directory, its own paths relative to itself) —
 * and its own attributes are merged over it with the override rules; `!reset` in the extending
 * service removes inherited attributes. Chains are followed; a loop is a `Circular reference`.
 * See https://docs.docker.com/compose/how-tos/multiple-compose-files/extends/.
 */
import { absPath } from '../../core/go-path.js';
import { cloneJson, type Dict, dictAt, isDict, setKey } from './dict.js';
import { mergeService } from './merge.js';
import { applyResets } from './resets.js';

/** A file another service extends from: its model and the `!reset` paths of its last document. */
export interface ExtendedFile {
  readonly model: Dict;
  readonly resetPaths: readonly (readonly string[])[];
}

/** What `extends` needs from the loader. */
export interface ExtendsContext {
  /** The compose file being loaded (absolute), as named in messages. */
  readonly file: string;
  /** The directory `extends.file` is relative to. */
  readonly projectDir: string;
  /** Loads another compose file's services, interpolated, canonical, paths resolved against its directory. */
  readonly loadFile: (path: string) => ExtendedFile;
}

/** An `extends` that cannot be applied. */
export class ExtendsError extends Error {}

interface Ref {
  readonly file: string;
  readonly service: string;
}

function track(tracker: readonly Ref[], ref: Ref): Ref[] {
  if (tracker.some((r) => r.file === ref.file && r.service === ref.service)) {
    const [first, ...rest] = [...tracker, ref];
    const lines = ['Circular reference:', `  ${first!.service} in ${first!.file}`, ...rest.map((r) => `  extends ${r.service} in ${r.file}`)];
    throw new ExtendsError(lines.join('\n'));
  }
  return [...tracker, ref];
}

function extendService(name: string, services: Dict, resets: readonly (readonly string[])[], tracker: readonly Ref[], ctx: ExtendsContext): Dict | null {
  const service = services[name];
  if (service === undefined || service === null) return null;
  if (!isDict(service)) throw new ExtendsError(`services.${name} must be a mapping`);
  const spec = service.extends;
  if (spec === undefined) return service;
  let ref: string;
  let file: string | undefined;
  if (typeof spec === 'string') ref = spec;
  else if (isDict(spec) && typeof spec.service === 'string') {
    ref = spec.service;
    file = typeof spec.file === 'string' ? spec.file : undefined;
  } else throw new ExtendsError(`extends.${name}.service is required`);
  let filename = ctx.file;
  let base = services;
  let baseResets = resets;
  if (file !== undefined) {
    const path = absPath(file, ctx.projectDir);
    const { model: loaded, resetPaths } = ctx.loadFile(path);
    const other = dictAt(loaded, 'services');
    if (!Object.hasOwn(loaded, 'services')) throw new ExtendsError(`cannot extend service ${JSON.stringify(name)} in ${path}: no services section`);
    if (other === undefined) throw new ExtendsError(`cannot extend service ${JSON.stringify(name)} in ${path}: services must be a mapping`);
    if (!Object.hasOwn(other, ref)) throw new ExtendsError(`cannot extend service ${JSON.stringify(name)} in ${ctx.file}: service ${JSON.stringify(ref)} not found in ${file}`);
    base = other;
    baseResets = resetPaths;
    filename = file;
  } else if (!Object.hasOwn(services, ref)) {
    throw new ExtendsError(`cannot extend service ${JSON.stringify(name)} in ${filename}: service ${JSON.stringify(ref)} not found`);
  }
  const resolved = extendService(ref, base, baseResets, track(tracker, { file: filename, service: name }), ctx);
  if (resolved === null) return service;
  // the extending service's `!reset`s apply to what it inherits
  const source = dictAt(applyResets({ services: { [name]: cloneJson(resolved) } }, resets) as Dict, 'services')![name] as Dict;
  const merged = mergeService(source, service);
  delete merged.extends;
  setKey(services, name, merged);
  return merged;
}

/** Applies every `extends` of a document's services (in place), in name order. */
export function applyExtends(document: Dict, resets: readonly (readonly string[])[], ctx: ExtendsContext): void {
  const services = document.services;
  if (services === undefined) return;
  if (!isDict(services)) throw new ExtendsError('services must be a mapping');
  for (const name of Object.keys(services).sort()) extendService(name, services, resets, [], ctx);
}
