/**
 * @module
 * `python3` (and `python`): `--version`, `-m http.server`, and scripts (`-c`, a file, or stdin)
 * made of the statements a first tutorial uses — `print(...)` of string and number literals,
 * `import` lines and comments; anything else is refused with a clear message (dockersim does not
 * embed a Python interpreter). stdout is block-buffered when it is not a terminal, as CPython's
 * is, so without `-u` or `PYTHONUNBUFFERED` a long-running script's prints reach `docker logs` only
 * when it exits.
 */
import type { ProcessContext, Program } from '../types.js';
import { readText } from '../utils/text-file.js';
import { httpServer } from './http-server.js';

function versionOf(ctx: ProcessContext): string {
  if (ctx.env['PYTHON_VERSION']) return ctx.env['PYTHON_VERSION'];
  for (const path of ['/usr/bin/python3', '/usr/local/bin/python3']) {
    const m = /# python3[\d.]* (?:\d+:)?(\d+\.\d+\.\d+)/.exec(readText(ctx.fs, path));
    if (m) return m[1]!;
  }
  return '3.12.3';
}

/** The value of one literal argument of `print`. */
function literal(text: string): string | undefined {
  const t = text.trim();
  const str = /^(['"])(.*)\1$/s.exec(t);
  if (str) return str[2]!.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(['"\\])/g, '$1');
  if (/^-?\d+(\.\d+)?$/.test(t)) return t;
  if (t === 'True' || t === 'False' || t === 'None') return t;
  return undefined;
}

/** Splits `a, "b, c", 1` at top-level commas. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let quote = '';
  let current = '';
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ',') {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  if (current.trim()) out.push(current);
  return out;
}

/** Runs a script; returns its output or the line it cannot run. */
function run(source: string): { readonly output: string } | { readonly unsupported: string; readonly line: number } {
  let output = '';
  for (const [i, raw] of source.split('\n').entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line || /^(import|from)\s/.test(line)) continue;
    const m = /^print\((.*)\)$/.exec(line);
    const values = m ? splitArgs(m[1]!).map(literal) : [undefined];
    if (!m || values.some((v) => v === undefined)) return { unsupported: raw.trim(), line: i + 1 };
    output += `${values.join(' ')}\n`;
  }
  return { output };
}

/** The `python3` program. */
export const python3: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const version = versionOf(ctx);
  const unbuffered = args.includes('-u') || Boolean(ctx.env['PYTHONUNBUFFERED']) || ctx.stdout.isTTY;
  const rest = args.filter((a) => a !== '-u');
  let buffer = '';
  const print = (text: string) => (unbuffered ? ctx.stdout.write(text) : (buffer += text));
  const flush = () => {
    if (buffer) ctx.stdout.write(buffer);
    buffer = '';
  };
  if (rest[0] === '--version' || rest[0] === '-V') {
    ctx.stdout.write(`Python ${version}\n`);
    return 0;
  }
  if (rest[0] === '-m') {
    if (rest[1] === 'http.server') return httpServer(ctx, rest.slice(2), version, print);
    ctx.stderr.write(`${ctx.argv[0]}: No module named ${rest[1] ?? ''}\n`);
    return 1;
  }
  let source: string;
  let name = '<string>';
  if (rest[0] === '-c') source = rest[1] ?? '';
  else if (rest[0] !== undefined && rest[0] !== '-') {
    name = rest[0];
    try {
      source = new TextDecoder().decode(ctx.fs.readFile(name.startsWith('/') ? name : `${ctx.cwd}/${name}`));
    } catch {
      ctx.stderr.write(`${ctx.argv[0]}: can't open file '${name.startsWith('/') ? name : `${ctx.cwd.replace(/\/$/, '')}/${name}`}': [Errno 2] No such file or directory\n`);
      return 2;
    }
  } else if (ctx.stdin.isTTY) {
    ctx.stdout.write(`Python ${version} (main) [GCC 12.2.0] on linux\nType "help", "copyright", "credits" or "license" for more information.\n`);
    ctx.stderr.write('dockersim: the interactive Python prompt is not simulated\n');
    return 1;
  } else source = new TextDecoder().decode(await ctx.stdin.readAll());
  const result = run(source);
  if ('unsupported' in result) {
    ctx.stderr.write(`dockersim: python3 runs only print() of literals, imports and comments; cannot run line ${result.line} of ${name}: ${result.unsupported}\n`);
    return 1;
  }
  print(result.output);
  flush();
  return 0;
};
