/**
 * @module
 * The parser of Go's `text/template` (Go 1.24, `text/template/parse/parse.go`): pipelines with
 * declarations, commands and operands, `if`/`else if`/`with`/`else with`/`range`/`break`/
 * `continue`, `define`/`template`/`block`, comments and trim markers — with Go's error texts,
 * `template: :1: function "foo" not defined`, `template: :1: unexpected "}" in operand`…
 */
import { Lexer, type Item, type ItemType } from './lex.js';
import type { ArgNode, CommandNode, ListNode, PipeNode, TreeNode } from './nodes.js';

/** A template that failed to parse; `message` is Go's error text. */
export class TemplateParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateParseError';
  }
}

/** Parsed templates by name: the main one under its name, plus every `define` / `block`. */
export type TreeSet = Map<string, ListNode>;

/** Go's `%q`-ish print of a token, as in `unexpected "}" in operand`. */
function itemString(item: Item): string {
  if (item.type === 'eof') return 'EOF';
  if (item.type === 'error') return item.val;
  if (['block', 'break', 'continue', 'dot', 'define', 'else', 'end', 'if', 'nil', 'range', 'template', 'with'].includes(item.type)) return `<${item.val}>`;
  if (item.val.length > 10) return `${JSON.stringify(item.val.slice(0, 10))}...`;
  return JSON.stringify(item.val);
}

/** Go's `strconv.Unquote` for string tokens. */
function unquote(token: string): string {
  if (token.startsWith('`')) return token.slice(1, -1);
  const body = token.slice(1, -1).replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\([0-7]{3})/g, (_, o: string) => `\\u${parseInt(o, 8).toString(16).padStart(4, '0')}`);
  try {
    return JSON.parse(`"${body.replace(/\\U([0-9a-fA-F]{8})/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))}"`) as string;
  } catch {
    throw new TemplateParseError('invalid syntax');
  }
}

class Parser {
  readonly #name: string;
  readonly #lex: Lexer;
  readonly #funcs: ReadonlySet<string>;
  readonly #trees: TreeSet;
  #tokens: Item[] = [];
  #peekCount = 0;
  #vars: string[] = ['$'];
  #actionLine = 0;
  #rangeDepth = 0;
  #last: Item = { type: 'eof', pos: 0, val: '', line: 1 };

  constructor(name: string, lex: Lexer, funcs: ReadonlySet<string>, trees: TreeSet) {
    this.#name = name;
    this.#lex = lex;
    this.#funcs = funcs;
    this.#trees = trees;
  }

  #next(): Item {
    if (this.#peekCount > 0) this.#peekCount--;
    else this.#tokens[0] = this.#lex.next();
    this.#last = this.#tokens[this.#peekCount]!;
    return this.#last;
  }

  #backup(): void {
    this.#peekCount++;
  }

  #backup2(t1: Item): void {
    this.#tokens[1] = t1;
    this.#peekCount = 2;
  }

  #backup3(t2: Item, t1: Item): void {
    this.#tokens[1] = t1;
    this.#tokens[2] = t2;
    this.#peekCount = 3;
  }

  #peek(): Item {
    if (this.#peekCount > 0) return this.#tokens[this.#peekCount - 1]!;
    this.#peekCount = 1;
    this.#tokens[0] = this.#lex.next();
    return this.#tokens[0];
  }

  #nextNonSpace(): Item {
    let t: Item;
    do t = this.#next();
    while (t.type === 'space');
    return t;
  }

  #peekNonSpace(): Item {
    const t = this.#nextNonSpace();
    this.#backup();
    return t;
  }

  #errorf(message: string): never {
    throw new TemplateParseError(`template: ${this.#name}:${this.#tokens[0]?.line ?? 1}: ${message}`);
  }

  #unexpected(token: Item, context: string): never {
    if (token.type === 'error') {
      let extra = '';
      if (this.#actionLine !== 0 && this.#actionLine !== token.line) {
        extra = ` in action started at ${this.#name}:${this.#actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.#errorf(`${token.val}${extra}`);
    }
    this.#errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  #expect(type: ItemType, context: string): Item {
    const t = this.#nextNonSpace();
    if (t.type !== type) this.#unexpected(t, context);
    return t;
  }

  /** The top level: text and actions to EOF, `define`s set aside. */
  parse(): ListNode {
    const root: ListNode = { kind: 'list', pos: this.#peek().pos, nodes: [] };
    while (this.#peek().type !== 'eof') {
      if (this.#peek().type === 'leftDelim') {
        const delim = this.#next();
        if (this.#nextNonSpace().type === 'define') {
          this.#parseDefinition();
          continue;
        }
        this.#backup2(delim);
      }
      const n = this.#textOrAction();
      if (n.kind === 'end' || n.kind === 'else') this.#errorf(`unexpected {{${n.kind}}}`);
      root.nodes.push(n);
    }
    return root;
  }

  #parseDefinition(): void {
    const name = this.#nextNonSpace();
    if (name.type !== 'string' && name.type !== 'rawString') this.#unexpected(name, 'define clause');
    const treeName = unquote(name.val);
    this.#expect('rightDelim', 'define clause');
    const saved = this.#vars;
    this.#vars = ['$'];
    const [list, end] = this.#itemList();
    this.#vars = saved;
    if (end.kind !== 'end') this.#errorf(`unexpected {{${end.kind}}} in define clause`);
    this.#add(treeName, list);
  }

  #add(name: string, list: ListNode): void {
    const existing = this.#trees.get(name);
    if (!existing || isEmptyTree(existing)) this.#trees.set(name, list);
    else if (!isEmptyTree(list)) this.#errorf(`template: multiple definition of template ${JSON.stringify(name)}`);
  }

  #itemList(): [ListNode, TreeNode] {
    const list: ListNode = { kind: 'list', pos: this.#peekNonSpace().pos, nodes: [] };
    while (this.#peekNonSpace().type !== 'eof') {
      const n = this.#textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.#errorf('unexpected EOF');
  }

  #textOrAction(): TreeNode {
    const token = this.#nextNonSpace();
    if (token.type === 'text') return { kind: 'text', pos: token.pos, text: token.val };
    if (token.type === 'leftDelim') {
      this.#actionLine = token.line;
      try {
        return this.#action();
      } finally {
        this.#actionLine = 0;
      }
    }
    this.#unexpected(token, 'input');
  }

  #action(): TreeNode {
    const token = this.#nextNonSpace();
    switch (token.type) {
      case 'block':
        return this.#blockControl();
      case 'break':
      case 'continue': {
        const t = this.#nextNonSpace();
        if (t.type !== 'rightDelim') this.#unexpected(t, `{{${token.type}}}`);
        if (this.#rangeDepth === 0) this.#errorf(`{{${token.type}}} outside {{range}}`);
        return { kind: token.type, pos: token.pos, line: token.line };
      }
      case 'else': {
        const peek = this.#peekNonSpace();
        if (peek.type === 'if' || peek.type === 'with') return { kind: 'else', pos: peek.pos, line: peek.line };
        const t = this.#expect('rightDelim', 'else');
        return { kind: 'else', pos: t.pos, line: t.line };
      }
      case 'end':
        return { kind: 'end', pos: this.#expect('rightDelim', 'end').pos, line: token.line };
      case 'if':
      case 'range':
      case 'with':
        return this.#control(token.type);
      case 'template': {
        const nameToken = this.#nextNonSpace();
        const name = this.#templateName(nameToken, 'template clause');
        let pipe: PipeNode | undefined;
        if (this.#nextNonSpace().type !== 'rightDelim') {
          this.#backup();
          pipe = this.#pipeline('template clause', 'rightDelim');
        }
        return { kind: 'template', pos: nameToken.pos, line: nameToken.line, name, pipe };
      }
    }
    this.#backup();
    const t = this.#peek();
    return { kind: 'action', pos: t.pos, line: t.line, pipe: this.#pipeline('command', 'rightDelim') };
  }

  #templateName(token: Item, context: string): string {
    if (token.type !== 'string' && token.type !== 'rawString') this.#unexpected(token, context);
    return unquote(token.val);
  }

  #blockControl(): TreeNode {
    const token = this.#nextNonSpace();
    const name = this.#templateName(token, 'block clause');
    const pipe = this.#pipeline('block clause', 'rightDelim');
    const saved = this.#vars;
    this.#vars = ['$'];
    const [list, end] = this.#itemList();
    this.#vars = saved;
    if (end.kind !== 'end') this.#errorf(`unexpected {{${end.kind}}} in block clause`);
    this.#add(name, list);
    return { kind: 'template', pos: token.pos, line: token.line, name, pipe };
  }

  #control(context: 'if' | 'range' | 'with'): TreeNode {
    const mark = this.#vars.length;
    try {
      const pipe = this.#pipeline(context, 'rightDelim');
      if (context === 'range') this.#rangeDepth++;
      let [list, next] = this.#itemList();
      if (context === 'range') this.#rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.kind === 'else') {
        // `{{else if …}}` / `{{else with …}}` nest an if/with that shares this {{end}}.
        if ((context === 'if' && this.#peek().type === 'if') || (context === 'with' && this.#peek().type === 'with')) {
          this.#next();
          elseList = { kind: 'list', pos: next.pos, nodes: [this.#control(context)] };
        } else {
          [elseList, next] = this.#itemList();
          if (next.kind !== 'end') this.#errorf(`expected end; found {{${next.kind}}}`);
        }
      }
      return { kind: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      this.#vars.length = mark;
    }
  }

  #pipeline(context: string, end: ItemType): PipeNode {
    const token = this.#peekNonSpace();
    const pipe: PipeNode = { kind: 'pipe', pos: token.pos, line: token.line, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = this.#peekNonSpace();
      if (v.type !== 'variable') break;
      this.#next();
      const after = this.#peek();
      const next = this.#peekNonSpace();
      if (next.type === 'assign' || next.type === 'declare') {
        pipe.isAssign = next.type === 'assign';
        this.#nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        this.#vars.push(v.val);
      } else if (next.type === 'char' && next.val === ',') {
        this.#nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        this.#vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.#peekNonSpace().type;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue decls;
          this.#errorf('range can only initialize variables');
        }
        this.#errorf(`too many declarations in ${context}`);
      } else if (after.type === 'space') {
        this.#backup3(v, after);
      } else {
        this.#backup2(v);
      }
      break;
    }
    for (;;) {
      const t = this.#nextNonSpace();
      if (t.type === end) {
        if (pipe.cmds.length === 0) this.#errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
          if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0]!.kind)) this.#errorf(`non executable command in pipeline stage ${i + 2}`);
        });
        return pipe;
      }
      if (['bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen'].includes(t.type)) {
        this.#backup();
        pipe.cmds.push(this.#command());
      } else {
        this.#unexpected(t, context);
      }
    }
  }

  #command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.#peekNonSpace().pos, args: [] };
    for (;;) {
      this.#peekNonSpace();
      const operand = this.#operand();
      if (operand) cmd.args.push(operand);
      const t = this.#next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') this.#backup();
      else if (t.type !== 'pipe') this.#unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.#errorf('empty command');
    return cmd;
  }

  #operand(): ArgNode | undefined {
    const node = this.#term();
    if (!node) return undefined;
    if (this.#peek().type !== 'field') return node;
    const pos = this.#peek().pos;
    const fields: string[] = [];
    while (this.#peek().type === 'field') fields.push(this.#next().val.slice(1));
    switch (node.kind) {
      case 'field':
        return { kind: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { kind: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.#errorf(`unexpected . after term ${JSON.stringify(node.kind === 'string' ? node.quoted : node.kind === 'number' ? node.text : node.kind === 'bool' ? String(node.value) : node.kind === 'nil' ? 'nil' : '.')}`);
      default:
        return { kind: 'chain', pos, node, field: fields };
    }
  }

  #term(): ArgNode | undefined {
    const t = this.#nextNonSpace();
    switch (t.type) {
      case 'identifier':
        if (!this.#funcs.has(t.val)) this.#errorf(`function ${JSON.stringify(t.val)} not defined`);
        return { kind: 'identifier', pos: t.pos, name: t.val };
      case 'dot':
        return { kind: 'dot', pos: t.pos };
      case 'nil':
        return { kind: 'nil', pos: t.pos };
      case 'variable': {
        const ident = t.val.split('.');
        if (!this.#vars.includes(ident[0]!)) this.#errorf(`undefined variable ${JSON.stringify(ident[0])}`);
        return { kind: 'variable', pos: t.pos, ident };
      }
      case 'field':
        return { kind: 'field', pos: t.pos, ident: [t.val.slice(1)] };
      case 'bool':
        return { kind: 'bool', pos: t.pos, value: t.val === 'true' };
      case 'charConstant':
      case 'complex':
      case 'number':
        return this.#number(t);
      case 'leftParen':
        return this.#pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return { kind: 'string', pos: t.pos, quoted: t.val, text: unquote(t.val) };
    }
    this.#backup();
    return undefined;
  }

  #number(t: Item): ArgNode {
    if (t.type === 'charConstant') {
      const ch = unquote(`"${t.val.slice(1, -1).replace(/"/g, '\\"')}"`);
      if ([...ch].length !== 1) this.#errorf(`malformed character constant: ${t.val}`);
      return { kind: 'number', pos: t.pos, text: t.val, value: ch.codePointAt(0)!, isInt: true };
    }
    if (t.type === 'complex') this.#errorf(`illegal number syntax: ${JSON.stringify(t.val)}`);
    const text = t.val.replace(/_/g, '');
    const sign = text.startsWith('-') ? -1 : 1;
    const body = text.replace(/^[+-]/, '');
    let value: number;
    let isInt = true;
    if (/^0[xX][0-9a-fA-F]+$/.test(body) || /^0[bB][01]+$/.test(body) || /^[1-9][0-9]*$|^0$/.test(body)) value = Number(body);
    else if (/^0[oO]?[0-7]+$/.test(body)) value = parseInt(body.replace(/^0[oO]?/, ''), 8);
    else if (/^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(body)) {
      value = Number(body);
      isInt = false;
    } else this.#errorf(`illegal number syntax: ${JSON.stringify(t.val)}`);
    value *= sign;
    return { kind: 'number', pos: t.pos, text: t.val, value, isInt };
  }
}

/** True when a tree holds nothing but blanks (Go's `IsEmptyTree`). */
export function isEmptyTree(list: ListNode): boolean {
  return list.nodes.every((n) => n.kind === 'text' && n.text.trim() === '');
}

/** Parses `text` as template `name`, knowing which function names exist. */
export function parseTemplate(name: string, text: string, funcs: ReadonlySet<string>): TreeSet {
  const trees: TreeSet = new Map();
  const root = new Parser(name, new Lexer(text), funcs, trees).parse();
  const existing = trees.get(name);
  if (!existing || isEmptyTree(existing)) trees.set(name, root);
  else if (!isEmptyTree(root)) throw new TemplateParseError(`template: ${name}:1: template: multiple definition of template ${JSON.stringify(name)}`);
  return trees;
}
