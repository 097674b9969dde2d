/**
 * @module
 * Tools that print computed text: `echo`, `printf`, `true`, `false`, `yes`, `clear`, and `test`/`[`
 * as programs (the shells also have them as builtins, sharing the same code).
 */
import { echoText } from './echo.js';
import { complain, toolName } from './common.js';
import { printf } from './printf.js';
import { evaluateTest, TestSyntaxError } from './test-expr.js';
import type { Tool } from './tool.js';

/** `echo [-neE] [ARG]...` as a program. */
export const echo: Tool = async (ctx) => {
  ctx.stdout.write(echoText(ctx.argv.slice(1)));
  return 0;
};

/** `printf FORMAT [ARG]...` as a program. */
export const printfTool: Tool = async (ctx, flavour) => {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    complain(ctx, flavour, 'missing operand');
    if (flavour === 'gnu') ctx.stderr.write(`Try '${toolName(ctx, flavour)} --help' for more information.\n`);
    return 1;
  }
  const result = printf(args[0]!, args.slice(1), flavour === 'gnu' ? 'gnu' : 'busybox');
  ctx.stdout.write(result.text);
  for (const e of result.errors) complain(ctx, flavour, e);
  return result.errors.length > 0 ? 1 : 0;
};

/** `true`. */
export const trueTool: Tool = async () => 0;
/** `false`. */
export const falseTool: Tool = async () => 1;

/** `yes [STRING]`: repeat until the reader goes away. */
export const yes: Tool = async (ctx) => {
  const line = `${ctx.argv.length > 1 ? ctx.argv.slice(1).join(' ') : 'y'}\n`;
  // Writes until the reader goes away (SIGPIPE ends the process): 64 lines per virtual millisecond.
  for (;;) {
    ctx.stdout.write(line.repeat(64));
    await ctx.clock.sleep(1);
  }
};

/** `clear`: the terminal escape that clears the screen. */
export const clear: Tool = async (ctx, flavour) => {
  ctx.stdout.write(flavour === 'busybox' ? '\x1b[H\x1b[J' : '\x1b[H\x1b[2J\x1b[3J');
  return 0;
};

/** `test EXPR` / `[ EXPR ]` as a program. */
export const test: Tool = async (ctx, flavour) => {
  let args = ctx.argv.slice(1);
  const bracket = toolName(ctx, 'busybox') === '[';
  if (bracket) {
    if (args[args.length - 1] !== ']') {
      complain(ctx, flavour, flavour === 'gnu' ? "missing ']'" : 'missing ]');
      return 2;
    }
    args = args.slice(0, -1);
  }
  const env = { fs: ctx.fs, cwd: ctx.cwd, user: ctx.user, isatty: (fd: number) => (fd === 0 ? (ctx.stdin.isTTY ?? false) : fd === 1 ? ctx.stdout.isTTY : fd === 2 ? ctx.stderr.isTTY : false) };
  try {
    return evaluateTest(args, env, flavour === 'gnu' ? 'gnu' : 'busybox') ? 0 : 1;
  } catch (error) {
    if (!(error instanceof TestSyntaxError)) throw error;
    complain(ctx, flavour, error.message);
    return 2;
  }
};
