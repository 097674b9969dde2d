/**
 * @module
 * The parser of Go's `text/template` (Go 1.24, `text/template/parse/parse.go`): pipelines with
 * declarations, commands and operands, `if`/`else if`/`with`/`else with`/`range`/`break`/
 * `continue`, `define`/`template`/`block`, comments and trim markers — with Go's error texts,
 * `template: :1: function "foo" not defined`, `template: :1: unexpected "}" in operand`…
 */
import type { Item, ItemType } from './items.js';
import { Lexer } from './lex.js';
import { TemplateParseError, TokenStream } from './token-stream.js';
import { numberLiteral, unquote, UnquoteError } from './literals.js';
import type { ArgNode, CommandNode, ListNode, PipeNode, TreeNode } from './nodes.js';

export { TemplateParseError } from './token-stream.js';

/** Parsed templates by name: the main one under its name, plus every `define` / `block`. */
export type TreeSet = Map<string, ListNode>;

class Parser {
  readonly #name: string;
  readonly #funcs: ReadonlySet<string>;
  readonly #trees: TreeSet;
  readonly #ts: TokenStream;
  #vars: string[] = ['$'];
  #rangeDepth = 0;

  constructor(name: string, lex: Lexer, funcs: ReadonlySet<string>, trees: TreeSet) {
    this.#name = name;
    this.#ts = new TokenStream(lex, name);
    this.#funcs = funcs;
    this.#trees = trees;
  }

  /** The top level: text and actions to EOF, `define`s set aside. */
  parse(): ListNode {
    const root: ListNode = { kind: 'list', pos: this.#ts.peek().pos, nodes: [] };
    while (this.#ts.peek().type !== 'eof') {
      if (this.#ts.peek().type === 'leftDelim') {
        const delim = this.#ts.next();
        if (this.#ts.nextNonSpace().type === 'define') {
          this.#parseDefinition();
          continue;
        }
        this.#ts.backup2(delim);
      }
      const n = this.#textOrAction();
      if (n.kind === 'end' || n.kind === 'else') this.#ts.errorf(`unexpected {{${n.kind}}}`);
      root.nodes.push(n);
    }
    return root;
  }

  #parseDefinition(): void {
    const name = this.#ts.nextNonSpace();
    if (name.type !== 'string' && name.type !== 'rawString') this.#ts.unexpected(name, 'define clause');
    const treeName = this.#unquote(name.val);
    this.#ts.expect('rightDelim', 'define clause');
    const saved = this.#vars;
    this.#vars = ['$'];
    const [list, end] = this.#itemList();
    this.#vars = saved;
    if (end.kind !== 'end') this.#ts.errorf(`unexpected {{${end.kind}}} in define clause`);
    this.#add(treeName, list);
  }

  #add(name: string, list: ListNode): void {
    const existing = this.#trees.get(name);
    if (!existing || isEmptyTree(existing)) this.#trees.set(name, list);
    else if (!isEmptyTree(list)) this.#ts.errorf(`template: multiple definition of template ${JSON.stringify(name)}`);
  }

  #itemList(): [ListNode, TreeNode] {
    const list: ListNode = { kind: 'list', pos: this.#ts.peekNonSpace().pos, nodes: [] };
    while (this.#ts.peekNonSpace().type !== 'eof') {
      const n = this.#textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.#ts.errorf('unexpected EOF');
  }

  #textOrAction(): TreeNode {
    const token = this.#ts.nextNonSpace();
    if (token.type === 'text') return { kind: 'text', pos: token.pos, text: token.val };
    if (token.type === 'leftDelim') {
      this.#ts.actionLine = token.line;
      try {
        return this.#action();
      } finally {
        this.#ts.actionLine = 0;
      }
    }
    this.#ts.unexpected(token, 'input');
  }

  #action(): TreeNode {
    const token = this.#ts.nextNonSpace();
    switch (token.type) {
      case 'block':
        return this.#blockControl();
      case 'break':
      case 'continue': {
        const t = this.#ts.nextNonSpace();
        if (t.type !== 'rightDelim') this.#ts.unexpected(t, `{{${token.type}}}`);
        if (this.#rangeDepth === 0) this.#ts.errorf(`{{${token.type}}} outside {{range}}`);
        return { kind: token.type, pos: token.pos, line: token.line };
      }
      case 'else': {
        const peek = this.#ts.peekNonSpace();
        if (peek.type === 'if' || peek.type === 'with') return { kind: 'else', pos: peek.pos, line: peek.line };
        const t = this.#ts.expect('rightDelim', 'else');
        return { kind: 'else', pos: t.pos, line: t.line };
      }
      case 'end':
        return { kind: 'end', pos: this.#ts.expect('rightDelim', 'end').pos, line: token.line };
      case 'if':
      case 'range':
      case 'with':
        return this.#control(token.type);
      case 'template': {
        const nameToken = this.#ts.nextNonSpace();
        const name = this.#templateName(nameToken, 'template clause');
        let pipe: PipeNode | undefined;
        if (this.#ts.nextNonSpace().type !== 'rightDelim') {
          this.#ts.backup();
          pipe = this.#pipeline('template clause', 'rightDelim');
        }
        return { kind: 'template', pos: nameToken.pos, line: nameToken.line, name, pipe };
      }
    }
    this.#ts.backup();
    const t = this.#ts.peek();
    return { kind: 'action', pos: t.pos, line: t.line, pipe: this.#pipeline('command', 'rightDelim') };
  }

  #templateName(token: Item, context: string): string {
    if (token.type !== 'string' && token.type !== 'rawString') this.#ts.unexpected(token, context);
    return this.#unquote(token.val);
  }

  #blockControl(): TreeNode {
    const token = this.#ts.nextNonSpace();
    const name = this.#templateName(token, 'block clause');
    const pipe = this.#pipeline('block clause', 'rightDelim');
    const saved = this.#vars;
    this.#vars = ['$'];
    const [list, end] = this.#itemList();
    this.#vars = saved;
    if (end.kind !== 'end') this.#ts.errorf(`unexpected {{${end.kind}}} in block clause`);
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
        if ((context === 'if' && this.#ts.peek().type === 'if') || (context === 'with' && this.#ts.peek().type === 'with')) {
          this.#ts.next();
          elseList = { kind: 'list', pos: next.pos, nodes: [this.#control(context)] };
        } else {
          [elseList, next] = this.#itemList();
          if (next.kind !== 'end') this.#ts.errorf(`expected end; found {{${next.kind}}}`);
        }
      }
      return { kind: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      this.#vars.length = mark;
    }
  }

  #pipeline(context: string, end: ItemType): PipeNode {
    const token = this.#ts.peekNonSpace();
    const pipe: PipeNode = { kind: 'pipe', pos: token.pos, line: token.line, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = this.#ts.peekNonSpace();
      if (v.type !== 'variable') break;
      this.#ts.next();
      const after = this.#ts.peek();
      const next = this.#ts.peekNonSpace();
      if (next.type === 'assign' || next.type === 'declare') {
        pipe.isAssign = next.type === 'assign';
        this.#ts.nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        this.#vars.push(v.val);
      } else if (next.type === 'char' && next.val === ',') {
        this.#ts.nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        this.#vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.#ts.peekNonSpace().type;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue decls;
          this.#ts.errorf('range can only initialize variables');
        }
        this.#ts.errorf(`too many declarations in ${context}`);
      } else if (after.type === 'space') {
        this.#ts.backup3(v, after);
      } else {
        this.#ts.backup2(v);
      }
      break;
    }
    for (;;) {
      const t = this.#ts.nextNonSpace();
      if (t.type === end) {
        if (pipe.cmds.length === 0) this.#ts.errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
          if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0]!.kind)) this.#ts.errorf(`non executable command in pipeline stage ${i + 2}`);
        });
        return pipe;
      }
      if (['bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen'].includes(t.type)) {
        this.#ts.backup();
        pipe.cmds.push(this.#command());
      } else {
        this.#ts.unexpected(t, context);
      }
    }
  }

  #command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.#ts.peekNonSpace().pos, args: [] };
    for (;;) {
      this.#ts.peekNonSpace();
      const operand = this.#operand();
      if (operand) cmd.args.push(operand);
      const t = this.#ts.next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') this.#ts.backup();
      else if (t.type !== 'pipe') this.#ts.unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.#ts.errorf('empty command');
    return cmd;
  }

  #operand(): ArgNode | undefined {
    const node = this.#term();
    if (!node) return undefined;
    if (this.#ts.peek().type !== 'field') return node;
    const pos = this.#ts.peek().pos;
    const fields: string[] = [];
    while (this.#ts.peek().type === 'field') fields.push(this.#ts.next().val.slice(1));
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
        this.#ts.errorf(`unexpected . after term ${JSON.stringify(node.kind === 'string' ? node.quoted : node.kind === 'number' ? node.text : node.kind === 'bool' ? String(node.value) : node.kind === 'nil' ? 'nil' : '.')}`);
      default:
        return { kind: 'chain', pos, node, field: fields };
    }
  }

  #term(): ArgNode | undefined {
    const t = this.#ts.nextNonSpace();
    switch (t.type) {
      case 'identifier':
        if (!this.#funcs.has(t.val)) this.#ts.errorf(`function ${JSON.stringify(t.val)} not defined`);
        return { kind: 'identifier', pos: t.pos, name: t.val };
      case 'dot':
        return { kind: 'dot', pos: t.pos };
      case 'nil':
        return { kind: 'nil', pos: t.pos };
      case 'variable': {
        const ident = t.val.split('.');
        if (!this.#vars.includes(ident[0]!)) this.#ts.errorf(`undefined variable ${JSON.stringify(ident[0])}`);
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
        return { kind: 'string', pos: t.pos, quoted: t.val, text: this.#unquote(t.val) };
    }
    this.#ts.backup();
    return undefined;
  }

  #number(t: Item): ArgNode {
    let n: ArgNode | string;
    try {
      n = numberLiteral(t);
    } catch (e) {
      if (e instanceof UnquoteError) this.#ts.errorf(e.message);
      throw e;
    }
    if (typeof n === 'string') this.#ts.errorf(n);
    return n;
  }

  /** Go's `strconv.Unquote` of a string token; a bad one is a parse error. */
  #unquote(token: string): string {
    try {
      return unquote(token);
    } catch (e) {
      if (e instanceof UnquoteError) this.#ts.errorf(e.message);
      throw e;
    }
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
