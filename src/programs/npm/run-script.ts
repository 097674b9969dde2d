/**
 * @module
 * Running a package.json script as `yarn run` and `npm run` do: `/bin/sh -c <script>` in the
 * package's directory with `node_modules/.bin` first on PATH, SIGINT/SIGTERM forwarded to it,
 * resolving with its exit code.
 */
import type { ProcessContext } from '../types.js';

/** Runs `script` for the package in `dir`; `extra` args are appended as the managers do. */
export async function runScript(ctx: ProcessContext, dir: string, script: string, extra: readonly string[] = []): Promise<number> {
  const command = extra.length > 0 ? `${script} ${extra.map((a) => (/^[\w./=:-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')}` : script;
  const env = { ...ctx.env, PATH: `${dir === '/' ? '' : dir}/node_modules/.bin:${ctx.env['PATH'] ?? ''}` };
  const child = ctx.exec(['/bin/sh', '-c', command], { env, cwd: dir });
  const forget = (['SIGINT', 'SIGTERM'] as const).map((signal) => ctx.signals.on(signal, () => child.kill(signal)));
  const code = await child.exited;
  for (const off of forget) off();
  return code;
}
