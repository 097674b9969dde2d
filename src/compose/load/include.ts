/**
 * @module
 * `include:` (compose-go `ApplyInclude`): another compose application is loaded on its own —
 * relative to its own project directory, with its own `.env` — and its services, networks,
 * volumes, secrets and configs are imported; a resource also declared locally is merged, the
 * local declaration winning. Including a file that is already being loaded is a cycle.
 * See https://docs.docker.com/compose/how-tos/multiple-compose-files/include/.
 */
import type { Json } from '../../core/serialize.js';
import { absPath, dirPath, isAbsPath, joinPath } from '../../core/go-path.js';
import { type Dict, dictAt, isDict, setKey } from './dict.js';
import { mergeResource } from './merge.js';
import { applyResets } from './resets.js';

/** One `include:` entry, resolved. */
export interface IncludeRequest {
  /** Absolute paths of the included files (the first is the main one). */
  readonly paths: readonly string[];
  /** Absolute project directory of the included application. */
  readonly projectDir: string;
  /** Absolute env files (`.env` of its project directory when none is named). */
  readonly envFiles: readonly string[];
}

/** What `include` needs from the loader. */
export interface IncludeContext {
  /** The directory relative paths of `include` resolve against. */
  readonly workingDir: string;
  /** Files being loaded, outermost first, to detect cycles. */
  readonly included: readonly string[];
  /** True when a file exists. */
  readonly exists: (path: string) => boolean;
  /** Loads an included application into a model (defaults set, paths resolved, not normalized). */
  readonly load: (request: IncludeRequest, included: readonly string[]) => Dict;
}

/** An `include` that cannot be applied. */
export class IncludeError extends Error {}

const RESOURCES = ['services', 'volumes', 'networks', 'secrets', 'configs', 'models'];
const stringList = (v: Json | undefined): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.map(String) : []);

function request(entry: Json, ctx: IncludeContext): IncludeRequest {
  const spec: Dict = typeof entry === 'string' ? { path: entry } : isDict(entry) ? entry : {};
  const paths = stringList(spec.path).map((p) => absPath(p, ctx.workingDir));
  if (paths.length === 0) throw new IncludeError('include: path is required');
  const declared = typeof spec.project_directory === 'string' ? spec.project_directory : '';
  const projectDir = declared === '' ? dirPath(paths[0]!) : absPath(declared, ctx.workingDir);
  let envFiles = stringList(spec.env_file)
    .filter((f) => f !== '/dev/null')
    .map((f) => {
      if (isAbsPath(f)) return f;
      const abs = joinPath(ctx.workingDir, f);
      if (!ctx.exists(abs)) throw new IncludeError(`stat ${abs}: no such file or directory`);
      return abs;
    });
  if (spec.env_file === undefined) envFiles = ctx.exists(joinPath(projectDir, '.env')) ? [joinPath(projectDir, '.env')] : [];
  return { paths, projectDir, envFiles };
}

/** Applies the `include:` section of a document (in place) and removes it. */
export function applyInclude(document: Dict, resets: readonly (readonly string[])[], ctx: IncludeContext): void {
  const entries = document.include;
  if (entries === undefined || entries === null) return;
  if (!Array.isArray(entries)) throw new IncludeError(`\`include\` must be a list, got ${JSON.stringify(entries)}`);
  for (const entry of entries) {
    const req = request(entry, ctx);
    const main = req.paths[0]!;
    if (ctx.included.includes(main)) {
      const chain = [...ctx.included, main];
      throw new IncludeError(`include cycle detected:\n${chain[0]!}\n include ${chain.slice(1).join('\n include ')}`);
    }
    const imported = ctx.load(req, ctx.included);
    for (const kind of RESOURCES) {
      const from = dictAt(imported, kind);
      if (from === undefined) continue;
      const to = dictAt(document, kind) ?? {};
      for (const [name, resource] of Object.entries(from)) {
        const local = to[name];
        if (local === undefined) setKey(to, name, resource);
        else {
          const base = (dictAt(applyResets({ [kind]: { [name]: resource } }, resets) as Dict, kind) ?? {})[name] ?? null;
          setKey(to, name, mergeResource(base, local, [kind, name]));
        }
      }
      setKey(document, kind, to);
    }
  }
  delete document.include;
}
