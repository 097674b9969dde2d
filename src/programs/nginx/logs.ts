/**
 * @module
 * nginx's two logs: the error log (`2026/11/28 05:49:05 [notice] 1#1: nginx/1.27.4`, filtered by
 * the `error_log` level) and the access log in the `main`/combined format. In the official image
 * both files are symlinks to /dev/stdout and /dev/stderr, which is how they reach `docker logs`;
 * a path that is not such a link is appended to as a file.
 */
import type { ProcessContext, ProcessOutput } from '../types.js';
import { strftime } from '../utils/strftime.js';

const LEVELS = ['debug', 'info', 'notice', 'warn', 'error', 'crit', 'alert', 'emerg'] as const;

/** An error-log severity. */
export type LogLevel = (typeof LEVELS)[number];

/** Where a log path writes: the process's stdout/stderr when it links there, else the file. */
export function logOutput(ctx: ProcessContext, path: string): ProcessOutput {
  let target = path;
  try {
    for (let i = 0; i < 8 && ctx.fs.lstat(target).kind === 'symlink'; i++) target = ctx.fs.readlink(target);
  } catch {
    // A missing file is created on first write.
  }
  if (target === '/dev/stdout' || target === '/proc/self/fd/1') return ctx.stdout;
  if (target === '/dev/stderr' || target === '/proc/self/fd/2') return ctx.stderr;
  return {
    isTTY: false,
    write: (data) => {
      try {
        ctx.fs.writeFile(path, data, { append: true });
      } catch {
        // nginx keeps serving when its log cannot be written.
      }
    },
  };
}

/** The error log of one process (`pid#tid` prefix), at a minimum level. */
export class ErrorLog {
  readonly #out: ProcessOutput;
  readonly #ctx: ProcessContext;
  readonly #min: number;

  constructor(ctx: ProcessContext, out: ProcessOutput, level: string) {
    this.#ctx = ctx;
    this.#out = out;
    this.#min = Math.max(0, LEVELS.indexOf(level as LogLevel));
  }

  /** Writes one line when `level` is at least the configured one. */
  write(level: LogLevel, message: string, pid = this.#ctx.pid): void {
    if (LEVELS.indexOf(level) < this.#min) return;
    this.#out.write(`${strftime('%Y/%m/%d %H:%M:%S', this.#ctx.clock.now())} [${level}] ${pid}#${pid}: ${message}\n`);
  }
}

/** One access-log line in the `main` format of the packaged nginx.conf. */
export function accessLine(fields: {
  readonly client: string;
  readonly now: number;
  readonly request: string;
  readonly status: number;
  readonly bytes: number;
  readonly referer?: string;
  readonly userAgent?: string;
  readonly forwardedFor?: string;
}): string {
  const time = strftime('%d/%b/%Y:%H:%M:%S +0000', fields.now);
  const q = (v: string | undefined) => `"${v ?? '-'}"`;
  return `${fields.client} - - [${time}] "${fields.request}" ${fields.status} ${fields.bytes} ${q(fields.referer)} ${q(fields.userAgent)} ${q(fields.forwardedFor)}\n`;
}
