/**
 * @module
 * `docker-entrypoint-node`: the node images' `docker-entrypoint.sh`. If the first argument
 * starts with `-`, is not a command on PATH, or is a file that is not executable, it runs
 * `node "$@"` (so `docker run node app.js` runs the script); otherwise it `exec`s the arguments.
 */
import type { ProcessContext, Program } from '../types.js';

/** `command -v`: is `name` an executable on PATH (or a path to one)? */
function isCommand(ctx: ProcessContext, name: string): boolean {
  const executable = (path: string) => ctx.fs.exists(path) && ctx.fs.stat(path).kind === 'file' && (ctx.fs.stat(path).mode & 0o111) !== 0;
  if (name.includes('/')) return ctx.fs.exists(name.startsWith('/') ? name : `${ctx.cwd}/${name}`);
  // Shell builtins and keywords count as commands for `command -v`.
  if (['cd', 'echo', 'exec', 'exit', 'export', 'set', 'test', '[', 'true', 'false', 'pwd', 'read', 'if', 'for', 'while'].includes(name)) return true;
  return (ctx.env['PATH'] ?? '').split(':').some((dir) => dir !== '' && executable(`${dir}/${name}`));
}

/** The `docker-entrypoint-node` program. */
export const nodeEntrypoint: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const first = args[0] ?? '';
  const path = first.startsWith('/') ? first : `${ctx.cwd}/${first}`;
  const plainFile = first !== '' && ctx.fs.exists(path) && ctx.fs.stat(path).kind === 'file' && (ctx.fs.stat(path).mode & 0o111) === 0;
  const runNode = first.startsWith('-') || first === '' || !isCommand(ctx, first) || plainFile;
  return ctx.execve(runNode ? ['node', ...args] : args);
};
