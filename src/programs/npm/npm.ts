/**
 * @module
 * `npm` and `npx` (the node images' npm 10): `npm install` / `npm i` / `npm ci` (`--omit=dev`,
 * `--production`) writing `node_modules` and `package-lock.json` with npm's summary (`added 87
 * packages, and audited 88 packages in 3s`), `npm run <script>` / `npm start` / `npm test` with
 * their `> name@version script` header, `--version`; `npx <bin>` runs a `node_modules/.bin`
 * executable.
 */
import type { ProcessContext, Program } from '../types.js';
import { nearestPackage, type PackageJson } from '../node/package-json.js';
import { resolveTree } from './package-graph.js';
import { writeNodeModules } from './node-modules.js';
import { npmOffline, offline } from './offline.js';
import { runScript } from './run-script.js';
import { wantedDependencies } from './yarn.js';

function npmVersion(ctx: ProcessContext): string {
  const path = '/usr/local/lib/node_modules/npm/package.json';
  if (!ctx.fs.exists(path)) return '10.9.2';
  return (JSON.parse(new TextDecoder().decode(ctx.fs.readFile(path))) as { version?: string }).version ?? '10.9.2';
}

/** npm's duration: `723ms` below a second, else whole seconds. */
const took = (ms: number) => (ms < 1000 ? `${ms}ms` : `${Math.round(ms / 1000)}s`);

/** npm's log-file line, stamped on the virtual clock. */
function logLine(ctx: ProcessContext): string {
  const stamp = new Date(ctx.clock.now()).toISOString().replace(/:/g, '_').replace('.', '_');
  return `npm error A complete log of this run can be found in: /root/.npm/_logs/${stamp}-debug-0.log\n`;
}

async function install(ctx: ProcessContext, dir: string, pkg: PackageJson | undefined, flags: readonly string[]): Promise<number> {
  const started = ctx.clock.now();
  const production = flags.includes('--omit=dev') || flags.includes('--production') || ctx.env['NODE_ENV'] === 'production';
  const wanted = wantedDependencies(pkg, production);
  const packages = resolveTree(wanted);
  if (packages.length > 0 && offline(ctx)) {
    await ctx.clock.sleep(1000);
    return npmOffline(ctx, Object.keys(wanted)[0]!, logLine(ctx));
  }
  await ctx.clock.sleep(500 + 30 * packages.length);
  const base = dir === '/' ? '' : dir;
  const before = ctx.fs.exists(`${base}/node_modules`) ? ctx.fs.readdir(`${base}/node_modules`).filter((n) => !n.startsWith('.')) : [];
  writeNodeModules(ctx.fs, dir, packages);
  const lock = { name: pkg?.name ?? dir.split('/').pop(), version: pkg?.version ?? '1.0.0', lockfileVersion: 3, requires: true, packages: Object.fromEntries(packages.map((p) => [`node_modules/${p.name}`, { version: p.version, resolved: `https://registry.npmjs.org/${p.name}/-/${p.name.split('/').pop()}-${p.version}.tgz` }])) };
  ctx.fs.writeFile(`${base}/package-lock.json`, `${JSON.stringify(lock, null, 2)}\n`);
  const added = packages.filter((p) => !before.includes(p.name.split('/')[0]!)).length;
  const audited = packages.length + 1;
  const time = took(ctx.clock.now() - started);
  ctx.stdout.write(added === 0 ? `\nup to date, audited ${audited} packages in ${time}\n` : `\nadded ${added} package${added === 1 ? '' : 's'}, and audited ${audited} packages in ${time}\n`);
  ctx.stdout.write('\nfound 0 vulnerabilities\n');
  return 0;
}

async function run(ctx: ProcessContext, dir: string, pkg: PackageJson | undefined, name: string | undefined, extra: readonly string[]): Promise<number> {
  const scripts = pkg?.scripts ?? {};
  if (name === undefined) {
    const names = Object.keys(scripts);
    if (names.length > 0) ctx.stdout.write(`Lifecycle scripts included in ${pkg?.name ?? ''}@${pkg?.version ?? ''}:\n${names.map((n) => `  ${n}\n    ${scripts[n]}`).join('\n')}\n`);
    return 0;
  }
  const script = scripts[name] ?? (name === 'start' && ctx.fs.exists(`${dir === '/' ? '' : dir}/server.js`) ? 'node server.js' : undefined);
  if (script === undefined) {
    ctx.stderr.write(`npm error Missing script: "${name}"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run\n${logLine(ctx)}`);
    return 1;
  }
  ctx.stdout.write(`\n> ${pkg?.name ?? ''}@${pkg?.version ?? ''} ${name}\n> ${[script, ...extra].join(' ')}\n\n`);
  return runScript(ctx, dir, script, extra);
}

/** The `npm` program. */
export const npm: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.includes('--version') || args.includes('-v')) {
    ctx.stdout.write(`${npmVersion(ctx)}\n`);
    return 0;
  }
  const flags = args.filter((a) => a.startsWith('-'));
  const words = args.filter((a) => !a.startsWith('-'));
  const found = nearestPackage(ctx.fs, ctx.cwd);
  const dir = found?.dir ?? ctx.cwd;
  const command = words[0];
  if (command === 'install' || command === 'i' || command === 'ci') return install(ctx, dir, found?.pkg, flags);
  if (command === 'run' || command === 'run-script') return run(ctx, dir, found?.pkg, words[1], words.slice(2));
  if (command === 'start' || command === 'test' || command === 't') return run(ctx, dir, found?.pkg, command === 't' ? 'test' : command, words.slice(1));
  ctx.stderr.write(command === undefined ? 'npm <command>\n\nUsage:\n\nnpm install        install all the dependencies in your project\nnpm run <foo>      run the script named <foo>\n' : `Unknown command: "${command}"\n\nTo see a list of supported npm commands, run:\n  npm help\n`);
  return 1;
};

/** The `npx` program: runs a package's executable from `node_modules/.bin`. */
export const npx: Program = async (ctx) => {
  const [bin, ...rest] = ctx.argv.slice(1);
  const found = nearestPackage(ctx.fs, ctx.cwd);
  const base = found ? (found.dir === '/' ? '' : found.dir) : ctx.cwd === '/' ? '' : ctx.cwd;
  if (bin === undefined || !ctx.fs.exists(`${base}/node_modules/.bin/${bin}`)) {
    ctx.stderr.write(`npm error could not determine executable to run\n${logLine(ctx)}`);
    return 1;
  }
  const child = ctx.exec([`${base}/node_modules/.bin/${bin}`, ...rest]);
  return child.exited;
};
