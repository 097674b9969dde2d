/**
 * @module
 * Path matching as moby's router does it: a route is a method and a path template whose
 * parameters match greedily (`/images/{name}/json` takes `localhost:5000/app` whole), paths may
 * carry a `/v1.xx` version prefix, and when several routes match the most literal one wins
 * (`/containers/json` before `/containers/{id}`). A template may give a parameter its own pattern
 * as gorilla/mux does (`/{anyroute:.*}`).
 */

/** A compiled route. */
export interface CompiledRoute<R> {
  readonly method: string;
  readonly route: R;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  /** How many literal characters the template has; more wins. */
  readonly weight: number;
}

/** A successful match. */
export interface RouteMatch<R> {
  readonly route: R;
  readonly params: Readonly<Record<string, string>>;
}

const PARAM = /\{([A-Za-z_]\w*)(?::([^}]*))?\}/g;

/** Compiles a path template. */
export function compileRoute<R>(method: string, template: string, route: R): CompiledRoute<R> {
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const m of template.matchAll(PARAM)) {
    source += escapeRegExp(template.slice(last, m.index));
    names.push(m[1]!);
    source += `(${m[2] ?? '.+'})`;
    last = m.index + m[0].length;
  }
  source += escapeRegExp(template.slice(last));
  const weight = template.replace(PARAM, '').length;
  return { method, route, pattern: new RegExp(`^${source}$`, 's'), names, weight };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits `/v1.50/containers/json` into its version and the rest (moby's `/v{version:[0-9.]+}`). */
export function splitVersion(path: string): { readonly version: string | undefined; readonly path: string } {
  const m = /^\/v([0-9.]+)(\/.*)$/s.exec(path);
  return m ? { version: m[1]!, path: m[2]! } : { version: undefined, path };
}

/** Percent-decodes a path as Go's `URL.Path` holds it (undecodable text is kept as sent). */
export function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** Routes grouped by method, most literal first, so that the first match is the best one. */
export type RouteIndex<R> = ReadonlyMap<string, readonly CompiledRoute<R>[]>;

/** Indexes compiled routes for {@link matchRoute}. */
export function indexRoutes<R>(routes: readonly CompiledRoute<R>[]): RouteIndex<R> {
  const index = new Map<string, CompiledRoute<R>[]>();
  for (const route of routes) index.set(route.method, [...(index.get(route.method) ?? []), route]);
  for (const list of index.values()) list.sort((a, b) => b.weight - a.weight);
  return index;
}

/** Finds the route for `method` and `path` (without version prefix). */
export function matchRoute<R>(index: RouteIndex<R>, method: string, path: string): RouteMatch<R> | undefined {
  for (const candidate of index.get(method) ?? []) {
    const m = candidate.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    candidate.names.forEach((name, i) => (params[name] = m[i + 1]!));
    return { route: candidate.route, params };
  }
  return undefined;
}
