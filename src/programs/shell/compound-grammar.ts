/**
 * @module
 * The compound commands of the shell grammar: `if`, `while`/`until`, `for`, `case`, bash's
 * `function` keyword and `[[ … ]]` — each a function of the parser (for nested lists,
 * commands and redirections) and its tokenizer.
 */
import type { CaseItem, Command, Script, Word } from './ast.js';
import type { Lexer, Token } from './lexer.js';
import type { Parser } from './parser.js';
import { isPlain } from './words.js';

/** `if … then … [elif …] [else …] fi`. */
export function parseIf(g: Parser, lx: Lexer): Command {
  const line = lx.take().line;
  const clauses: { test: Script; body: Script }[] = [];
  let otherwise: Script | undefined;
  for (;;) {
    const test = g.compoundList();
    g.expectKeyword('then');
    const body = g.compoundList();
    clauses.push({ test, body });
    const t = lx.take();
    if (lx.isKeyword(t, 'elif')) continue;
    if (lx.isKeyword(t, 'else')) {
      otherwise = g.compoundList();
      g.expectKeyword('fi');
    } else if (!lx.isKeyword(t, 'fi')) throw g.unexpected(t, 'fi');
    break;
  }
  return { type: 'if', clauses, ...(otherwise ? { otherwise } : {}), redirects: g.redirects(), line };
}

/** `while`/`until … do … done`. */
export function parseLoop(g: Parser, lx: Lexer, until: boolean): Command {
  const line = lx.take().line;
  const test = g.compoundList();
  g.expectKeyword('do');
  const body = g.compoundList();
  g.expectKeyword('done');
  return { type: 'loop', until, test, body, redirects: g.redirects(), line };
}

/** `for name [in words]; do … done`. */
export function parseFor(g: Parser, lx: Lexer): Command {
  const line = lx.take().line;
  const nameToken = lx.take();
  if (nameToken.kind !== 'word') throw g.unexpected(nameToken);
  const name = nameToken.word.text;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw g.src.error({ kind: 'bad-for-variable', name }, false, nameToken.line);
  let items: Word[] | undefined;
  lx.skipNewlines();
  if (lx.isKeyword(lx.peek(), 'in')) {
    lx.take();
    items = [];
    for (let t = lx.peek(); t.kind === 'word'; t = lx.peek()) items.push((lx.take() as Extract<Token, { kind: 'word' }>).word);
    const sep = lx.take();
    if (!(sep.kind === 'op' && (sep.op === ';' || sep.op === '\n'))) throw g.unexpected(sep);
  } else if (lx.peek().kind === 'op' && (lx.peek() as { op: string }).op === ';') lx.take();
  lx.skipNewlines();
  g.expectKeyword('do');
  const body = g.compoundList();
  g.expectKeyword('done');
  return { type: 'for', name, ...(items ? { items } : {}), body, redirects: g.redirects(), line };
}

/** `case word in pattern) … ;; esac`. */
export function parseCase(g: Parser, lx: Lexer): Command {
  const line = lx.take().line;
  const wordToken = lx.take();
  if (wordToken.kind !== 'word') throw g.unexpected(wordToken);
  lx.skipNewlines();
  g.expectKeyword('in');
  const items: CaseItem[] = [];
  for (;;) {
    lx.skipNewlines();
    let t = lx.peek();
    if (lx.isKeyword(t, 'esac')) break;
    if (t.kind === 'op' && t.op === '(') lx.take();
    const patterns: Word[] = [];
    for (;;) {
      t = lx.take();
      if (t.kind !== 'word') throw g.unexpected(t);
      patterns.push(t.word);
      const sep = lx.take();
      if (sep.kind === 'op' && sep.op === ')') break;
      if (!(sep.kind === 'op' && sep.op === '|')) throw g.unexpected(sep, ')');
    }
    lx.skipNewlines();
    const next = lx.peek();
    const empty = lx.isKeyword(next, 'esac') || (next.kind === 'op' && (next.op.startsWith(';;') || next.op === ';&'));
    const body: Script = empty ? { items: [] } : g.compoundList();
    const end = lx.peek();
    if (end.kind === 'op' && (end.op === ';;' || end.op === ';&' || end.op === ';;&')) {
      lx.take();
      items.push({ patterns, body, fallthrough: end.op === ';&' });
      continue;
    }
    items.push({ patterns, body, fallthrough: false });
    if (!lx.isKeyword(end, 'esac')) throw g.unexpected(end);
    break;
  }
  g.expectKeyword('esac');
  return { type: 'case', word: wordToken.word, items, redirects: g.redirects(), line };
}

/** `function name [()] body` (bash, ash). */
export function parseFunctionKeyword(g: Parser, lx: Lexer): Command {
  const line = lx.take().line;
  const t = lx.take();
  if (t.kind !== 'word') throw g.unexpected(t);
  const p = lx.peek();
  if (p.kind === 'op' && p.op === '(') {
    lx.take();
    g.expectOp(')');
  }
  lx.skipNewlines();
  return { type: 'function', name: t.word.text, body: g.command(), line };
}

/** bash `[[ … ]]`. */
export function parseCond(g: Parser, lx: Lexer): Command {
  const line = lx.take().line;
  const words: Word[] = [];
  for (;;) {
    const last = words[words.length - 1];
    if (last && isPlain(last) && last.text === '=~' && lx.clean) {
      words.push(lx.regexWord());
      continue;
    }
    const t = lx.take();
    if (t.kind === 'eof') throw g.unexpected(t, ']]');
    if (lx.isKeyword(t, ']]')) break;
    if (t.kind === 'word') words.push(t.word);
    else if (t.kind === 'op' && t.op !== '\n') words.push({ parts: [{ type: 'literal', text: t.op }], text: t.op });
    else if (t.kind === 'redir' && (t.op === '<' || t.op === '>')) words.push({ parts: [{ type: 'literal', text: t.op }], text: t.op });
    else throw g.unexpected(t);
  }
  return { type: 'cond', words, redirects: g.redirects(), line };
}
