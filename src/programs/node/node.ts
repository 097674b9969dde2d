/**
 * @module
 * `node` (the node images' `/usr/local/bin/node`): `--version` prints the image's version; a
 * script that does not exist fails with node's `MODULE_NOT_FOUND` error and exit 1; a script of
 * the package named `101-app` (the getting-started workshop's app) runs the todo app; any other
 * script runs as {@link modelScript} reads it. `-e`/`--eval` takes the same reading of its code.
 * Without a script, node reads its program from stdin — or, on a terminal, starts the REPL
 * (`.exit` or end of input leaves it).
 */
import type { ProcessContext, Program } from '../types.js';
import { modelScript, runScriptModel } from './generic-script.js';
import { cannotFindModule, nodeVersion } from './node-errors.js';
import { dirname, nearestPackage, resolvePath } from './package-json.js';
import { runTodoApp } from './todo-app/app.js';

/** The package name of the getting-started workshop's app. */
export const TODO_APP_PACKAGE = '101-app';

/** `require.resolve` of the main script: the path, or with `.js`, or a directory's index.js. */
function resolveMain(ctx: ProcessContext, path: string): string | undefined {
  for (const candidate of [path, `${path}.js`, `${path}/index.js`]) {
    if (ctx.fs.exists(candidate) && ctx.fs.stat(candidate).kind === 'file') return candidate;
  }
  return undefined;
}

async function repl(ctx: ProcessContext, version: string): Promise<number> {
  ctx.stdout.write(`Welcome to Node.js v${version}.\nType ".help" for more information.\n`);
  for (;;) {
    ctx.stdout.write('> ');
    const line = await ctx.stdin.readLine();
    if (line === null || line.trim() === '.exit') {
      if (line === null) ctx.stdout.write('\n');
      return 0;
    }
    const model = modelScript(line, ctx.env);
    for (const { stream, text } of model.output) ctx[stream].write(`${text}\n`);
    if (line.trim() !== '') ctx.stdout.write('undefined\n');
  }
}

/** The `node` program. */
export const node: Program = async (ctx) => {
  const version = nodeVersion(ctx.env);
  const args = ctx.argv.slice(1);
  let i = 0;
  while (i < args.length && args[i]!.startsWith('-')) {
    const flag = args[i]!;
    if (flag === '--version' || flag === '-v') {
      ctx.stdout.write(`v${version}\n`);
      return 0;
    }
    if (flag === '-e' || flag === '--eval') return runScriptModel(ctx, modelScript(args[i + 1] ?? '', ctx.env));
    i++;
  }
  const script = args[i];
  if (script === undefined) {
    if (ctx.stdin.isTTY) return repl(ctx, version);
    return runScriptModel(ctx, modelScript(new TextDecoder().decode(await ctx.stdin.readAll()), ctx.env));
  }
  const path = resolvePath(ctx.cwd, script);
  const main = resolveMain(ctx, path);
  if (!main) {
    ctx.stderr.write(cannotFindModule(path, version));
    return 1;
  }
  if (nearestPackage(ctx.fs, dirname(main))?.pkg.name === TODO_APP_PACKAGE) return runTodoApp(ctx, main);
  return runScriptModel(ctx, modelScript(new TextDecoder().decode(ctx.fs.readFile(main)), ctx.env));
};
