/**
 * @module
 * `docker-entrypoint-nginx`: the official image's `/docker-entrypoint.sh`. When the command is
 * `nginx` or `nginx-debug` it runs the configuration scripts of /docker-entrypoint.d in version
 * order — `*.sh` launched, `*.envsh` sourced, anything else or non-executable ignored — logging
 * each step as the script does (unless `NGINX_ENTRYPOINT_QUIET_LOGS` is set), then `exec "$@"`.
 */
import type { ProcessContext, Program } from '../types.js';

const DIR = '/docker-entrypoint.d/';

/** Regular files under `dir`, following links (`find -follow -type f`), sorted. */
function scripts(ctx: ProcessContext, dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    let names: string[];
    try {
      names = ctx.fs.readdir(path);
    } catch {
      return;
    }
    for (const name of names) {
      const full = `${path}${name}`;
      try {
        const kind = ctx.fs.stat(full).kind;
        if (kind === 'directory') walk(`${full}/`);
        else out.push(full);
      } catch {
        // A dangling link is not a file.
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function executable(ctx: ProcessContext, path: string): boolean {
  return (ctx.fs.stat(path).mode & 0o111) !== 0;
}

async function run(ctx: ProcessContext, argv: readonly string[]): Promise<number> {
  return ctx.exec(argv).exited;
}

/** The nginx image's entrypoint. */
export const nginxEntrypoint: Program = async (ctx) => {
  const me = ctx.argv[0] ?? '/docker-entrypoint.sh';
  const args = ctx.argv.slice(1);
  const log = (line: string) => {
    if (!ctx.env['NGINX_ENTRYPOINT_QUIET_LOGS']) ctx.stdout.write(`${line}\n`);
  };
  if (args[0] === 'nginx' || args[0] === 'nginx-debug') {
    const files = scripts(ctx, DIR);
    if (files.length > 0) {
      log(`${me}: ${DIR} is not empty, will attempt to perform configuration`);
      log(`${me}: Looking for shell scripts in ${DIR}`);
      for (const f of files) {
        if (f.endsWith('.envsh') || f.endsWith('.sh')) {
          if (!executable(ctx, f)) {
            log(`${me}: Ignoring ${f}, not executable`);
            continue;
          }
          const sourced = f.endsWith('.envsh');
          log(`${me}: ${sourced ? 'Sourcing' : 'Launching'} ${f}`);
          const code = await run(ctx, sourced ? ['/bin/sh', '-c', '. "$0"', f] : [f]);
          // The script runs with `set -e`: a failing step ends the entrypoint.
          if (code !== 0) return code;
        } else log(`${me}: Ignoring ${f}`);
      }
      log(`${me}: Configuration complete; ready for start up`);
    } else log(`${me}: No files found in ${DIR}, skipping configuration`);
  }
  return ctx.execve(args);
};
