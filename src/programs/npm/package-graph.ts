/**
 * @module
 * What installing a package brings with it. The simulation has no registry of packages: it knows
 * the dependency trees of the packages the getting-started app and common examples use (their
 * direct dependencies, abbreviated, versions as of the app's lockfile era) and installs any other
 * package alone at the version its range names. Enough for `node_modules` to look and count
 * right to a learner; not a resolver.
 */

/** Direct dependencies of known packages. */
const DEPENDS: { readonly [name: string]: readonly string[] } = {
  express: 'accepts array-flatten body-parser content-disposition content-type cookie cookie-signature debug depd encodeurl escape-html etag finalhandler fresh http-errors merge-descriptors methods on-finished parseurl path-to-regexp proxy-addr qs range-parser safe-buffer send serve-static setprototypeof statuses type-is utils-merge vary'.split(' '),
  'body-parser': ['bytes', 'content-type', 'debug', 'depd', 'destroy', 'http-errors', 'iconv-lite', 'on-finished', 'qs', 'raw-body', 'type-is', 'unpipe'],
  accepts: ['mime-types', 'negotiator'],
  'mime-types': ['mime-db'],
  'type-is': ['media-typer', 'mime-types'],
  'proxy-addr': ['forwarded', 'ipaddr.js'],
  send: ['debug', 'depd', 'destroy', 'encodeurl', 'escape-html', 'etag', 'fresh', 'http-errors', 'mime', 'ms', 'on-finished', 'range-parser', 'statuses'],
  'serve-static': ['encodeurl', 'escape-html', 'parseurl', 'send'],
  finalhandler: ['debug', 'encodeurl', 'escape-html', 'on-finished', 'parseurl', 'statuses', 'unpipe'],
  'on-finished': ['ee-first'],
  debug: ['ms'],
  'http-errors': ['depd', 'inherits', 'setprototypeof', 'statuses', 'toidentifier'],
  'raw-body': ['bytes', 'http-errors', 'iconv-lite', 'unpipe'],
  'iconv-lite': ['safer-buffer'],
  qs: ['side-channel'],
  'side-channel': ['call-bind', 'get-intrinsic', 'object-inspect'],
  'call-bind': ['function-bind', 'get-intrinsic'],
  'get-intrinsic': ['function-bind', 'has', 'has-symbols'],
  has: ['function-bind'],
  mysql2: ['denque', 'generate-function', 'iconv-lite', 'long', 'lru-cache', 'named-placeholders', 'seq-queue', 'sqlstring'],
  'generate-function': ['is-property'],
  'lru-cache': ['yallist'],
  'named-placeholders': ['lru-cache'],
  sqlite3: ['@mapbox/node-pre-gyp', 'node-addon-api', 'tar'],
  tar: ['chownr', 'fs-minipass', 'minipass', 'minizlib', 'mkdirp', 'yallist'],
  'fs-minipass': ['minipass'],
  minizlib: ['minipass', 'yallist'],
  '@mapbox/node-pre-gyp': ['detect-libc', 'https-proxy-agent', 'make-dir', 'node-fetch', 'nopt', 'npmlog', 'rimraf', 'semver', 'tar'],
  'wait-port': ['chalk', 'commander', 'debug'],
  chalk: ['ansi-styles', 'supports-color'],
  'ansi-styles': ['color-convert'],
  'color-convert': ['color-name'],
  'supports-color': ['has-flag'],
  nodemon: ['chokidar', 'debug', 'ignore-by-default', 'minimatch', 'pstree.remy', 'semver', 'simple-update-notifier', 'supports-color', 'touch', 'undefsafe'],
  chokidar: ['anymatch', 'braces', 'glob-parent', 'is-binary-path', 'is-glob', 'normalize-path', 'readdirp'],
  anymatch: ['normalize-path', 'picomatch'],
  braces: ['fill-range'],
  'fill-range': ['to-regex-range'],
  'to-regex-range': ['is-number'],
  'glob-parent': ['is-glob'],
  'is-glob': ['is-extglob'],
  'is-binary-path': ['binary-extensions'],
  readdirp: ['picomatch'],
  minimatch: ['brace-expansion'],
  'brace-expansion': ['balanced-match', 'concat-map'],
  touch: ['nopt'],
  nopt: ['abbrev'],
  semver: ['lru-cache'],
  'simple-update-notifier': ['semver'],
  jest: ['@jest/core', '@jest/types', 'import-local', 'jest-cli'],
};

/** Versions of the known transitive packages (direct dependencies take their range's version). */
const VERSIONS: { readonly [name: string]: string } = {
  debug: '2.6.9', ms: '2.0.0', 'body-parser': '1.20.1', 'iconv-lite': '0.4.24', qs: '6.11.0', send: '0.18.0', 'serve-static': '1.15.0',
  'mime-types': '2.1.35', 'mime-db': '1.52.0', accepts: '1.3.8', 'http-errors': '2.0.0', statuses: '2.0.1', semver: '7.3.8', 'lru-cache': '6.0.0',
  yallist: '4.0.0', chokidar: '3.5.3', minimatch: '3.1.2', tar: '6.1.13', chalk: '4.1.2', commander: '9.5.0', 'supports-color': '5.5.0',
};

/** The version a range installs (`^4.18.2` → `4.18.2`). */
export function versionOf(range: string): string {
  return /\d+(?:\.\d+){0,2}/.exec(range)?.[0]?.split('.').concat(['0', '0']).slice(0, 3).join('.') ?? '1.0.0';
}

/** One installed package. */
export interface InstalledPackage {
  readonly name: string;
  readonly version: string;
  /** The range asked for, for direct dependencies. */
  readonly range?: string;
}

/** Every package `dependencies` bring, direct ones first, each once, sorted by name. */
export function resolveTree(dependencies: { readonly [name: string]: string }): InstalledPackage[] {
  const out = new Map<string, InstalledPackage>();
  const queue: string[] = [];
  for (const [name, range] of Object.entries(dependencies)) {
    out.set(name, { name, version: versionOf(range), range });
    queue.push(name);
  }
  while (queue.length > 0) {
    for (const dep of DEPENDS[queue.shift()!] ?? []) {
      if (out.has(dep)) continue;
      out.set(dep, { name: dep, version: VERSIONS[dep] ?? '1.0.0' });
      queue.push(dep);
    }
  }
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}
