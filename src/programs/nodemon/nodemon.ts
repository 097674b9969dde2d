/**
 * @module
 * `nodemon` (2.x, installed as `node_modules/.bin/nodemon`): runs `node <script>` and restarts it
 * when a watched file changes — files under the working directory with the extensions js, mjs
 * or json, outside node_modules and .git — including edits made on the host through a bind
 * mount (the filesystem's watch reports them; `-L`/`--legacy-watch` polls in the real tool and is
 * accepted here). A change restarts after nodemon's one-second delay: SIGUSR2 to the app, wait
 * for it to exit, start again. Typing `rs` restarts at once. Its log lines are nodemon's own.
 */
import type { ChildProcess, ProcessContext, Program } from '../types.js';
import { nearestPackage, readPackageJson } from '../node/package-json.js';

const EXTENSIONS = ['js', 'mjs', 'json'];
/** nodemon's `delay` default: changes settle for a second before a restart. */
const RESTART_DELAY_MS = 1000;

function installedVersion(ctx: ProcessContext): string {
  const found = nearestPackage(ctx.fs, ctx.cwd);
  const base = found ? (found.dir === '/' ? '' : found.dir) : '';
  return readPackageJson(ctx.fs, `${base}/node_modules/nodemon`)?.version ?? '2.0.20';
}

/** True when a change at `path` (absolute) should restart the app watched from `root`. */
export function watched(root: string, path: string): boolean {
  const rel = path.startsWith(`${root}/`) ? path.slice(root.length + 1) : root === '/' ? path.slice(1) : undefined;
  if (rel === undefined) return false;
  if (rel.split('/').some((part) => part === 'node_modules' || part === '.git')) return false;
  const dot = rel.lastIndexOf('.');
  return dot > rel.lastIndexOf('/') && EXTENSIONS.includes(rel.slice(dot + 1));
}

/** The `nodemon` program. */
export const nodemon: Program = async (ctx) => {
  const args = ctx.argv.slice(1).filter((a) => a !== '-L' && a !== '--legacy-watch');
  const pkg = nearestPackage(ctx.fs, ctx.cwd)?.pkg as { readonly main?: string } | undefined;
  const command = args.length > 0 ? args : [pkg?.main ?? 'index.js'];
  // On a terminal nodemon colours its lines: notes yellow, (re)starts green, crashes red.
  const colour = (code: number, line: string) => (ctx.stdout.isTTY ? `\x1b[${code}m${line}\x1b[39m` : line);
  const log = (text: string, code = /^(starting|restarting|clean exit)/.test(text) ? 32 : text.startsWith('app crashed') ? 31 : 33) => ctx.stdout.write(`${colour(code, `[nodemon] ${text}`)}\n`);
  log(installedVersion(ctx));
  log('to restart at any time, enter `rs`');
  log('watching path(s): *.*');
  log(`watching extensions: ${EXTENSIONS.join(',')}`);

  let wake: ((why: 'change' | 'exit' | 'stop') => void) | undefined;
  let pending: (() => void) | undefined;
  const signal = (why: 'change' | 'exit' | 'stop') => wake?.(why);
  const unwatch = ctx.fs.watch(ctx.cwd, (path) => {
    if (!watched(ctx.cwd, path) || pending) return;
    pending = ctx.clock.timer(RESTART_DELAY_MS, () => {
      pending = undefined;
      signal('change');
    });
  });
  void (async () => {
    for (let line = await ctx.stdin.readLine(); line !== null; line = await ctx.stdin.readLine()) if (line.trim() === 'rs') signal('change');
  })().catch(() => undefined);
  let stopping = false;
  for (const s of ['SIGINT', 'SIGTERM'] as const) ctx.signals.on(s, () => ((stopping = true), signal('stop')));

  let child: ChildProcess | undefined;
  for (;;) {
    log(`starting \`node ${command.join(' ')}\``);
    const running = ctx.exec(['node', ...command]);
    child = running;
    let exited = false;
    // A killed nodemon's doors reject (ProcessGone); nothing is left to hear it.
    void running.exited.then(() => ((exited = true), signal('exit'))).catch(() => undefined);
    let why = await new Promise<'change' | 'exit' | 'stop'>((resolve) => (wake = resolve));
    if (why === 'exit') {
      const code = await running.exited;
      if (stopping) break;
      log(code === 0 ? 'clean exit - waiting for changes before restart' : 'app crashed - waiting for file changes before starting...');
      why = await new Promise((resolve) => (wake = (w) => w !== 'exit' && resolve(w)));
    }
    if (why === 'stop') break;
    log('restarting due to changes...');
    if (!exited) {
      wake = undefined;
      running.kill('SIGUSR2');
      await running.exited;
    }
  }
  unwatch();
  if (child) {
    child.kill('SIGTERM');
    await child.exited;
  }
  return 0;
};
