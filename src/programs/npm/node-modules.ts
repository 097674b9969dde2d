/**
 * @module
 * Writing `node_modules` as an install leaves it: one directory per package holding its
 * `package.json` (and an `index.js`), and the executables packages declare in
 * `node_modules/.bin` — `nodemon` as `#!dockersim nodemon`, so `yarn run dev` finds it. Packages
 * no longer wanted are removed, as a real install prunes them.
 */
import type { ProcessFs } from '../types.js';
import type { InstalledPackage } from './package-graph.js';

/** Executables of known packages: name in `.bin` → program. */
const BINS: { readonly [pkg: string]: { readonly [bin: string]: string } } = {
  nodemon: { nodemon: 'nodemon' },
};

/** Replaces `<dir>/node_modules` with `packages`. */
export function writeNodeModules(fs: ProcessFs, dir: string, packages: readonly InstalledPackage[]): void {
  const root = `${dir === '/' ? '' : dir}/node_modules`;
  const wanted = new Set(packages.map((p) => p.name.split('/')[0]!));
  if (fs.exists(root)) {
    for (const entry of fs.readdir(root)) if (!wanted.has(entry) && !entry.startsWith('.')) fs.rm(`${root}/${entry}`, { recursive: true, force: true });
    if (fs.exists(`${root}/.bin`)) fs.rm(`${root}/.bin`, { recursive: true, force: true });
  } else fs.mkdir(root, { recursive: true });
  for (const p of packages) {
    const pkgDir = `${root}/${p.name}`;
    fs.mkdir(pkgDir, { recursive: true });
    fs.writeFile(`${pkgDir}/package.json`, `${JSON.stringify({ name: p.name, version: p.version, main: 'index.js', license: 'MIT' }, null, 2)}\n`);
    fs.writeFile(`${pkgDir}/index.js`, `// ${p.name}@${p.version}\n`);
    for (const [bin, program] of Object.entries(BINS[p.name] ?? {})) {
      fs.mkdir(`${root}/.bin`, { recursive: true });
      fs.mkdir(`${pkgDir}/bin`, { recursive: true });
      fs.writeFile(`${pkgDir}/bin/${bin}.js`, `#!dockersim ${program}\n`, { mode: 0o755 });
      fs.symlink(`../${p.name}/bin/${bin}.js`, `${root}/.bin/${bin}`);
    }
  }
}
