/**
 * @module
 * `ps` (busybox's `PID USER TIME COMMAND`; procps' default, `-ef` and `aux` layouts) and `kill`
 * as programs — over the container's process table.
 */
import { baseName } from '../process/paths.js';
import type { ProcessContext, ProcessInfo } from '../types.js';
import { complain, options } from './common.js';
import { kill as killCommand } from './kill.js';
import { strftime } from './strftime.js';
import { accountOf } from './system-info.js';
import type { Tool } from './tool.js';

const userOf = (ctx: ProcessContext, p: ProcessInfo): string => p.user.name ?? accountOf(ctx, p.user.uid)?.name ?? String(p.user.uid);

/** `ps`: the container's process table. */
export const ps: Tool = async (ctx, flavour) => {
  const procs = ctx.processes();
  const args = ctx.argv.slice(1);
  if (flavour === 'busybox') {
    const parsed = options(ctx, flavour, { flags: 'aAdeflT', values: 'o' }, '[-o COL1,COL2=HEADER] [-T]');
    if (!parsed) return 1;
    let out = 'PID   USER     TIME  COMMAND\n';
    for (const p of procs) out += `${String(p.pid).padStart(5)} ${userOf(ctx, p).slice(0, 8).padEnd(8)}  0:00 ${p.argv.join(' ')}\n`;
    ctx.stdout.write(out);
    return 0;
  }
  const tty = ctx.stdout.isTTY ? 'pts/0' : '?';
  const joined = args.join('');
  const full = args.some((a) => /^-\w*[ef]/.test(a) && a.includes('f'));
  const bsd = /^a?u?x?$/.test(joined.replace(/^-/, '')) && /[aux]/.test(joined) && !joined.startsWith('-');
  if (args.some((a) => a.startsWith('-') && !/^-[efAaxl]+$/.test(a))) {
    complain(ctx, flavour, `error: unsupported option (BSD syntax)`);
    return 1;
  }
  let out: string;
  if (bsd) {
    out = 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n';
    for (const p of procs) out += `${userOf(ctx, p).padEnd(8)} ${String(p.pid).padStart(7)}  0.0  0.0   2304  1280 ${tty.padEnd(8)} ${(p.state ?? 'S') + (p.pid === 1 ? 's' : '')}${p.pid === 1 ? '  ' : '   '} ${strftime('%H:%M', p.startedAt)}   0:00 ${p.argv.join(' ')}\n`;
  } else if (full) {
    out = 'UID          PID    PPID  C STIME TTY          TIME CMD\n';
    for (const p of procs) out += `${userOf(ctx, p).padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)}  0 ${strftime('%H:%M', p.startedAt)} ${tty.padEnd(8)} 00:00:00 ${p.argv.join(' ')}\n`;
  } else {
    out = '    PID TTY          TIME CMD\n';
    for (const p of procs) out += `${String(p.pid).padStart(7)} ${tty.padEnd(8)} 00:00:00 ${baseName(p.argv[0] ?? '').slice(0, 15)}\n`;
  }
  ctx.stdout.write(out);
  return 0;
};

/** `kill [-SIGNAL] PID...` as a program. */
export const kill: Tool = async (ctx, flavour) => {
  const result = killCommand(ctx.argv.slice(1), { send: (pid, signal) => ctx.kill(pid, signal) }, flavour === 'gnu' ? 'procps' : 'busybox');
  ctx.stdout.write(result.out);
  for (const e of result.errors) complain(ctx, flavour, e);
  return result.status;
};
