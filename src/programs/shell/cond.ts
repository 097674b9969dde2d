/**
 * @module
 * bash's `[[ … ]]`: a test whose words are expanded without splitting or globbing, with `&&`,
 * `||`, `!`, parentheses, `==`/`!=` matching a pattern (quoted parts literal), `=~` matching an
 * extended regular expression (setting `BASH_REMATCH`), `<`/`>` on strings, and `-eq`… on
 * arithmetic expressions.
 */
import { evaluateTest, TestSyntaxError } from '../utils/test-expr.js';
import type { Word } from './ast.js';
import { expandPattern, expandWord } from './expand.js';
import type { Interpreter } from './interpreter.js';
import { matchPattern } from './pattern.js';

const op = (w: Word | undefined): string | undefined => (w && w.parts.length === 1 && w.parts[0]!.type === 'literal' ? w.parts[0]!.text : undefined);
const UNARY = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-S', '-p', '-b', '-c', '-g', '-u', '-k', '-t', '-n', '-z', '-O', '-G', '-a', '-v']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '=~', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

/** Evaluates `[[ words ]]`: 0 true, 1 false, 2 on a syntax error. */
export async function evaluateCond(sh: Interpreter, words: readonly Word[]): Promise<number> {
  let pos = 0;
  const env = { fs: sh.fs, cwd: sh.state.cwd, user: sh.ctx.user, isatty: (fd: number) => sh.active.output(fd).isTTY };
  const fail = (message: string): never => {
    sh.error(message);
    throw new TestSyntaxError(message);
  };
  const or = async (): Promise<boolean> => {
    let v = await and();
    while (op(words[pos]) === '||') {
      pos++;
      const r = await and();
      v = v || r;
    }
    return v;
  };
  const and = async (): Promise<boolean> => {
    let v = await not();
    while (op(words[pos]) === '&&') {
      pos++;
      const r = v ? await not() : (await skipNot(), false);
      v = v && r;
    }
    return v;
  };
  const skipNot = async (): Promise<void> => {
    await not();
  };
  const not = async (): Promise<boolean> => {
    if (op(words[pos]) === '!') {
      pos++;
      return !(await not());
    }
    return primary();
  };
  const primary = async (): Promise<boolean> => {
    const w = words[pos];
    if (!w) return fail("syntax error in conditional expression");
    if (op(w) === '(') {
      pos++;
      const v = await or();
      if (op(words[pos]) !== ')') fail("syntax error in conditional expression");
      pos++;
      return v;
    }
    const next = op(words[pos + 1]);
    if (next !== undefined && BINARY.has(next) && words[pos + 2]) {
      const left = await expandWord(w, sh);
      const right = words[pos + 2]!;
      pos += 3;
      if (next === '=' || next === '==' || next === '!=') return matchPattern(await expandPattern(right, sh), left) === (next !== '!=');
      if (next === '=~') return regexMatch(sh, left, right);
      if (next.startsWith('-') && ['-eq', '-ne', '-lt', '-le', '-gt', '-ge'].includes(next)) {
        const a = sh.arith(left);
        const b = sh.arith(await expandWord(right, sh));
        return { '-eq': a === b, '-ne': a !== b, '-lt': a < b, '-le': a <= b, '-gt': a > b, '-ge': a >= b }[next] ?? false;
      }
      return evaluateTest([left, next, await expandWord(right, sh)], env, 'bash');
    }
    const o = op(w);
    if (o !== undefined && UNARY.has(o) && words[pos + 1]) {
      const arg = await expandWord(words[pos + 1]!, sh);
      pos += 2;
      if (o === '-v') return sh.state.get(arg) !== undefined;
      return evaluateTest([o, arg], env, 'bash');
    }
    pos++;
    return (await expandWord(w, sh)) !== '';
  };
  try {
    const v = await or();
    if (pos < words.length) fail(`syntax error in conditional expression`);
    return v ? 0 : 1;
  } catch (error) {
    if (error instanceof TestSyntaxError) return 2;
    throw error;
  }
}

async function regexMatch(sh: Interpreter, text: string, word: Word): Promise<boolean> {
  // Quoted parts of the regex match literally.
  const source = (await expandPattern(word, sh)).replace(/\\(.)/g, (_, c: string) => (/[\w\s]/.test(c) ? c : `\\${c}`));
  let re: RegExp;
  try {
    re = new RegExp(source);
  } catch {
    return false;
  }
  const m = re.exec(text);
  if (!m) return false;
  sh.state.set('BASH_REMATCH', m[0]);
  return true;
}

