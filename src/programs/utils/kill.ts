/**
 * @module
 * `kill`: send a signal to processes by pid, or list signals (`-l`). Shared by busybox's applet,
 * the shells' builtins and procps' `kill`; each has its own error words (`can't kill pid 9: No
 * such process`, `kill: (9) - No such process`) and its own `-l` layout.
 */
import { parseSignal, SIGNAL_NAMES, signalByNumber, signalNumber } from '../process/signals.js';
import type { SignalName } from '../types.js';

/** Whose kill. */
export type KillDialect = 'busybox' | 'bash' | 'dash' | 'procps';

/** What kill needs: a way to send signals (false when there is no such process). */
export interface KillTarget {
  send(pid: number, signal: SignalName): boolean;
}

/** What kill printed and its status. */
export interface KillResult {
  readonly out: string;
  readonly errors: readonly string[];
  readonly status: number;
}

const RT = ['RTMIN', ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`), ...Array.from({ length: 14 }, (_, i) => `RTMAX-${14 - i}`), 'RTMAX'];

/** `kill -l` with no argument. */
export function listSignals(dialect: KillDialect): string {
  const all: [number, string][] = [...SIGNAL_NAMES.map((n) => [signalNumber(n), n.slice(3)] as [number, string]), ...RT.map((n, i) => [34 + i, n] as [number, string])];
  if (dialect === 'busybox') return all.filter(([n]) => n < 34 || n === 34 || n === 64).map(([n, name]) => `${String(n).padStart(2)}) ${name}\n`).join('');
  if (dialect === 'dash') return SIGNAL_NAMES.map((n) => `${n.slice(3)}\n`).join('');
  const cells = all.map(([n, name]) => `${String(n).padStart(2)}) SIG${name}`);
  let out = '';
  for (let i = 0; i < cells.length; i += 5) out += `${cells.slice(i, i + 5).join('\t')}\n`;
  return out;
}

/** Runs `kill args` (without the command name). */
export function kill(args: readonly string[], target: KillTarget, dialect: KillDialect): KillResult {
  const errors: string[] = [];
  let out = '';
  let signal: SignalName = 'SIGTERM';
  let i = 0;
  const bad = (name: string): KillResult => ({ out, errors: [dialect === 'busybox' ? `bad signal name '${name}'` : dialect === 'dash' ? `invalid signal number or name: ${name}` : `${name}: invalid signal specification`], status: 1 });
  if (args[0] === '-l' || args[0] === '-L') {
    if (args.length === 1) return { out: listSignals(dialect), errors, status: 0 };
    for (const a of args.slice(1)) {
      if (/^\d+$/.test(a)) {
        const s = signalByNumber(Number(a) > 128 ? Number(a) - 128 : Number(a));
        if (!s) return bad(a);
        out += `${s.slice(3)}\n`;
      } else {
        const s = parseSignal(a);
        if (!s) return bad(a);
        out += `${signalNumber(s)}\n`;
      }
    }
    return { out, errors, status: 0 };
  }
  if (args[0] === '-s' || args[0] === '-n') {
    const s = args[1] === undefined ? undefined : parseSignal(args[1]);
    if (!s) return bad(args[1] ?? '');
    signal = s;
    i = 2;
  } else if (args[0]?.startsWith('-') && args[0] !== '--' && !/^-\d+$/.test(args[0].slice(0)) ) {
    const s = parseSignal(args[0].slice(1));
    if (!s) return bad(args[0].slice(1));
    signal = s;
    i = 1;
  } else if (args[0] && /^-\d+$/.test(args[0])) {
    const s = signalByNumber(Number(args[0].slice(1)));
    if (!s) return bad(args[0].slice(1));
    signal = s;
    i = 1;
  }
  if (args[i] === '--') i++;
  const pids = args.slice(i);
  if (pids.length === 0) {
    const usage = dialect === 'busybox' ? 'you need to specify whom to kill' : dialect === 'dash' ? 'usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]' : 'usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]';
    return { out, errors: [usage], status: dialect === 'busybox' ? 1 : 2 };
  }
  let status = 0;
  for (const p of pids) {
    if (!/^-?\d+$/.test(p)) {
      errors.push(dialect === 'busybox' ? `invalid number '${p}'` : dialect === 'dash' ? `Illegal number: ${p}` : `${p}: arguments must be process or job IDs`);
      status = 1;
      continue;
    }
    if (!target.send(Number(p), signal)) {
      errors.push(dialect === 'busybox' ? `can't kill pid ${p}: No such process` : dialect === 'dash' ? 'No such process' : `(${p}) - No such process`);
      status = 1;
    }
  }
  return { out, errors, status };
}
