/**
 * @module
 * The parse tree of a Go template (`text/template/parse/node.go`): text, actions, pipelines,
 * commands and their operands, and the control structures. Each node keeps its byte position
 * (for `template: :1:7:` error locations) and prints back as Go prints it (`<.Names>` in errors).
 */
import { goQuote } from '../grammar/go-strconv.js';

/** An operand or expression inside an action. */
export type ArgNode =
  | { readonly kind: 'field'; readonly pos: number; readonly ident: readonly string[] }
  | { readonly kind: 'variable'; readonly pos: number; readonly ident: readonly string[] }
  | { readonly kind: 'chain'; readonly pos: number; readonly node: ArgNode; readonly field: readonly string[] }
  | { readonly kind: 'identifier'; readonly pos: number; readonly name: string }
  | { readonly kind: 'dot'; readonly pos: number }
  | { readonly kind: 'nil'; readonly pos: number }
  | { readonly kind: 'bool'; readonly pos: number; readonly value: boolean }
  | { readonly kind: 'number'; readonly pos: number; readonly text: string; readonly value: number; readonly isInt: boolean }
  | { readonly kind: 'string'; readonly pos: number; readonly quoted: string; readonly text: string }
  | PipeNode;

/** A command: a function or value, then its arguments. */
export interface CommandNode {
  readonly kind: 'command';
  readonly pos: number;
  readonly args: ArgNode[];
}

/** A pipeline, with its variable declarations (`$x := …`) or assignments (`$x = …`). */
export interface PipeNode {
  readonly kind: 'pipe';
  readonly pos: number;
  readonly line: number;
  isAssign: boolean;
  readonly decl: { readonly pos: number; readonly name: string }[];
  readonly cmds: CommandNode[];
}

/** A list of nodes. */
export interface ListNode {
  readonly kind: 'list';
  readonly pos: number;
  readonly nodes: TreeNode[];
}

/** A node of the tree. */
export type TreeNode =
  | ListNode
  | { readonly kind: 'text'; readonly pos: number; readonly text: string }
  | { readonly kind: 'action'; readonly pos: number; readonly line: number; readonly pipe: PipeNode }
  | { readonly kind: 'if' | 'with' | 'range'; readonly pos: number; readonly line: number; readonly pipe: PipeNode; readonly list: ListNode; readonly elseList: ListNode | undefined }
  | { readonly kind: 'template'; readonly pos: number; readonly line: number; readonly name: string; readonly pipe: PipeNode | undefined }
  | { readonly kind: 'break' | 'continue'; readonly pos: number; readonly line: number }
  | { readonly kind: 'end' | 'else'; readonly pos: number; readonly line: number };

/** How Go prints an operand or pipeline (`.Names`, `join .Names ","`, `(len .)`). */
export function argString(node: ArgNode): string {
  switch (node.kind) {
    case 'field':
      return node.ident.map((i) => `.${i}`).join('');
    case 'variable':
      return node.ident.join('.');
    case 'chain': {
      const inner = node.node.kind === 'pipe' ? `(${argString(node.node)})` : argString(node.node);
      return inner + node.field.map((f) => `.${f}`).join('');
    }
    case 'identifier':
      return node.name;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(node.value);
    case 'number':
      return node.text;
    case 'string':
      return node.quoted;
    case 'pipe':
      return pipeString(node);
  }
}

/** How Go prints a command. */
export function commandString(cmd: CommandNode): string {
  return cmd.args.map((a) => (a.kind === 'pipe' ? `(${argString(a)})` : argString(a))).join(' ');
}

/** How Go prints a pipeline. */
export function pipeString(pipe: PipeNode): string {
  let s = '';
  if (pipe.decl.length > 0) s = `${pipe.decl.map((d) => d.name).join(', ')} ${pipe.isAssign ? '=' : ':='} `;
  return s + pipe.cmds.map(commandString).join(' | ');
}

/** How Go prints a list of nodes. */
export function listString(list: ListNode): string {
  return list.nodes.map((n) => nodeString(n)).join('');
}

/** How Go prints a node in error contexts (`Node.String()`). */
export function nodeString(node: ArgNode | CommandNode | TreeNode): string {
  switch (node.kind) {
    case 'command':
      return commandString(node);
    case 'pipe':
      return pipeString(node);
    case 'action':
      return `{{${pipeString(node.pipe)}}}`;
    case 'if':
    case 'with':
    case 'range':
      return `{{${node.kind} ${pipeString(node.pipe)}}}${listString(node.list)}${node.elseList ? `{{else}}${listString(node.elseList)}` : ''}{{end}}`;
    case 'template':
      return `{{template ${goQuote(node.name)}${node.pipe ? ` ${pipeString(node.pipe)}` : ''}}}`;
    case 'text':
      return node.text;
    case 'list':
      return listString(node);
    case 'break':
    case 'continue':
      return `{{${node.kind}}}`;
    case 'end':
    case 'else':
      return `{{${node.kind}}}`;
    default:
      return argString(node);
  }
}

