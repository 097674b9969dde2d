/**
 * @module
 * Prompt strings: `PS1` escapes as bash and busybox ash expand them (`\u`, `\h`, `\w`, `\W`,
 * `\$`, `\s`, `\v`…), then parameter expansion — so busybox's default `\w \$ ` shows `/ # ` for
 * root and Debian's bash prompt shows `root@<hostname>:/# `.
 */
import { baseName } from '../process/paths.js';
import { expandWord } from './expand.js';
import type { Interpreter } from './interpreter.js';
import { Source } from './source.js';
import { scanHereBody } from './word-scanner.js';

/** The user name of the shell's process. */
export function userName(sh: Interpreter): string {
  const user = sh.ctx.user;
  if (user.name) return user.name;
  try {
    for (const line of new TextDecoder().decode(sh.fs.readFile('/etc/passwd')).split('\n')) {
      const f = line.split(':');
      if (f[2] === String(user.uid)) return f[0]!;
    }
  } catch {
    // no /etc/passwd: fall back to the number
  }
  return String(user.uid);
}

/** Expands a prompt string. */
export async function expandPrompt(sh: Interpreter, ps: string, version: string): Promise<string> {
  const cwd = sh.state.cwd;
  const home = sh.state.get('HOME');
  const tilde = home && home !== '/' && (cwd === home || cwd.startsWith(`${home}/`)) ? `~${cwd.slice(home.length)}` : cwd;
  const now = new Date(sh.ctx.clock.now());
  const two = (n: number): string => String(n).padStart(2, '0');
  let text = '';
  for (let i = 0; i < ps.length; i++) {
    const c = ps[i]!;
    if (c !== '\\' || i + 1 >= ps.length) {
      text += c;
      continue;
    }
    const e = ps[++i]!;
    switch (e) {
      case 'u':
        text += userName(sh);
        break;
      case 'h':
        text += sh.ctx.hostname.split('.')[0];
        break;
      case 'H':
        text += sh.ctx.hostname;
        break;
      case 'w':
        text += tilde;
        break;
      case 'W':
        text += tilde === '~' ? '~' : baseName(cwd);
        break;
      case '$':
        text += sh.ctx.user.uid === 0 ? '#' : '$';
        break;
      case 's':
        text += baseName(sh.state.arg0);
        break;
      case 'v':
        text += version;
        break;
      case 'n':
        text += '\n';
        break;
      case 't':
        text += `${two(now.getUTCHours())}:${two(now.getUTCMinutes())}:${two(now.getUTCSeconds())}`;
        break;
      case '[':
      case ']':
        break;
      case '\\':
        text += '\\\\';
        break;
      default:
        text += `\\${e}`;
    }
  }
  try {
    return await expandWord(scanHereBody(new Source(text), { parseSubstitution: () => ({ items: [] }), parseText: () => ({ items: [] }) }), sh);
  } catch {
    return text;
  }
}
