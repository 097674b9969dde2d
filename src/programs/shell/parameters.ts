/**
 * @module
 * Special and dynamic parameters (`$?`, `$#`, `$$` — the main shell's pid even in subshells —
 * `$!`, `$-`, `$0`…, `$LINENO`, `$RANDOM` from the process's seeded source, `$EPOCHSECONDS`,
 * `$BASHPID`), and home directories for `~user`.
 */
import type { ProcessFs } from '../types.js';
import type { Interpreter } from './interpreter.js';

/** `$?`, `$#`, `$$`, `$!`, `$-`, `$0`…`$9` and the dynamic variables (`$LINENO`, `$RANDOM`…), or undefined. */
export function specialParameter(sh: Interpreter, name: string): string | undefined {
  const state = sh.state;
  if (/^\d+$/.test(name)) return name === '0' ? state.arg0 : state.positional[Number(name) - 1];
  switch (name) {
    case '?':
      return String(state.status);
    case '#':
      return String(state.positional.length);
    case '$':
      return String(sh.rootPid);
    case '!':
      return state.lastBackground === undefined ? undefined : String(state.lastBackground);
    case '-':
      return state.flags(sh.interactive ? 'i' : '');
    case 'LINENO':
      return state.vars.has('LINENO') ? undefined : String(sh.line);
    case 'RANDOM':
      return sh.flavour.name === 'dash' || state.vars.has('RANDOM') ? undefined : String(sh.ctx.random.int(32768));
    case 'EPOCHSECONDS':
      return sh.flavour.name === 'dash' ? undefined : String(Math.floor(sh.ctx.clock.now() / 1000));
    case 'BASHPID':
      return sh.bash ? String(sh.ctx.pid) : undefined;
    default:
      return undefined;
  }
}

/** A user's home directory from /etc/passwd (`~user`). */
export function homeOf(fs: ProcessFs, user: string): string | undefined {
  try {
    const passwd = new TextDecoder().decode(fs.readFile('/etc/passwd'));
    for (const line of passwd.split('\n')) {
      const fields = line.split(':');
      if (fields[0] === user) return fields[5];
    }
  } catch {
    return undefined;
  }
  return undefined;
}
