/**
 * @module
 * Evaluation of Go template expressions (`text/template/exec.go` `eval*`): fields, methods and
 * map keys, variables, pipelines, function calls with Go's arity and argument-type checks — with
 * Go's execution errors, located as Go locates them:
 * `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type …`.
 */
import { goQuote } from '../grammar/go-strconv.js';
import type { ParamType, TemplateFunc } from './funcs.js';
import { argString, nodeString, type ArgNode, type CommandNode, type PipeNode, type TreeNode } from './nodes.js';
import type { TreeSet } from './parse.js';
import { GO_MAP, goTypeName, isGoStruct, isPlainObject, NO_VALUE } from './values.js';

/** A template that failed while executing; `message` is Go's error text. */
export class TemplateExecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateExecError';
  }
}

/** Options of template execution. */
export interface ExecOptions {
  /** `missingkey=error`: a missing map key is an error instead of `<no value>` (docker's inspect fallback). */
  readonly missingKey?: 'invalid' | 'error';
}

/** No value piped into a command (Go's `missingVal`). */
export const MISSING: unique symbol = Symbol('missing final');
type Final = unknown;
/** `{{break}}` / `{{continue}}` unwinding to their range. */
export const BREAK = Symbol('break');
/** See {@link BREAK}. */
export const CONTINUE = Symbol('continue');
/** A node an error can be located at. */
export type Located = ArgNode | CommandNode | TreeNode;

/** The expression evaluator of one template execution: variables, the current node, errors. */
export class Evaluator {
  readonly vars: { name: string; value: unknown }[] = [];
  node: Located | undefined;

  constructor(
    readonly name: string,
    readonly text: string,
    readonly trees: TreeSet,
    readonly funcs: { readonly [name: string]: TemplateFunc },
    readonly options: ExecOptions,
  ) {}

  /** Throws Go's execution error, located at the current node. */
  errorf(message: string): never {
    const node = this.node;
    if (!node) throw new TemplateExecError(`template: ${this.name}: ${message}`);
    const before = this.text.slice(0, node.pos);
    const nl = before.lastIndexOf('\n');
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    const col = nl < 0 ? node.pos : node.pos - nl - 1;
    throw new TemplateExecError(`template: ${this.name}:${line}:${col}: executing ${goQuote(this.name)} at <${nodeString(node)}>: ${message}`);
  }

  /** The value of variable `name` (the innermost one). */
  varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!.value;
    return this.errorf(`undefined variable: ${name}`);
  }

  /** Assigns variable `name` (`{{$x = …}}`). */
  setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i]!.name === name) {
        this.vars[i]!.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.node = pipe;
    let value: unknown = MISSING;
    for (const cmd of pipe.cmds) value = this.evalCommand(dot, cmd, value);
    if (value === MISSING) value = NO_VALUE;
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.name, value);
      else this.vars.push({ name: v.name, value });
    }
    return value;
  }

  notAFunction(args: readonly ArgNode[], final: Final): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${argString(args[0]!)}`);
  }

  evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0]!;
    switch (first.kind) {
      case 'field':
        this.node = first;
        return this.evalFieldChain(dot, dot, first.ident, cmd.args, final);
      case 'chain':
        return this.evalChain(dot, first, cmd.args, final);
      case 'identifier':
        this.node = first;
        return this.evalCall(dot, this.funcs[first.name]!, first.name, cmd.args, final, cmd);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariable(dot, first, cmd.args, final);
    }
    this.node = first;
    this.notAFunction(cmd.args, final);
    switch (first.kind) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'number':
        return first.value;
      case 'string':
        return first.text;
      case 'nil':
        return this.errorf('nil is not a command');
    }
  }

  evalChain(dot: unknown, chain: Extract<ArgNode, { kind: 'chain' }>, args: readonly ArgNode[], final: Final): unknown {
    this.node = chain;
    if (chain.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${argString(chain)}`);
    const receiver = this.evalArg(dot, 'any', chain.node);
    this.node = chain;
    return this.evalFieldChain(dot, receiver, chain.field, args, final);
  }

  evalVariable(dot: unknown, v: Extract<ArgNode, { kind: 'variable' }>, args: readonly ArgNode[], final: Final): unknown {
    this.node = v;
    const value = this.varValue(v.ident[0]!);
    if (v.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, v.ident.slice(1), args, final);
  }

  evalFieldChain(dot: unknown, receiver: unknown, ident: readonly string[], args: readonly ArgNode[], final: Final): unknown {
    let r = receiver;
    for (let i = 0; i < ident.length - 1; i++) r = this.evalField(dot, ident[i]!, [], MISSING, r);
    return this.evalField(dot, ident[ident.length - 1]!, args, final, r);
  }

  evalField(dot: unknown, name: string, args: readonly ArgNode[], final: Final, receiver: unknown): unknown {
    if (receiver === NO_VALUE) {
      if (this.options.missingKey === 'error') this.errorf(`nil data; no entry for key ${goQuote(name)}`);
      return NO_VALUE;
    }
    if (receiver === null || receiver === undefined) this.errorf(`nil pointer evaluating interface {}.${name}`);
    const hasArgs = args.length > 1 || final !== MISSING;
    if (isGoStruct(receiver)) {
      const member = receiver[name];
      if (typeof member === 'function') return this.evalCall(dot, member.bind(receiver) as (...a: unknown[]) => unknown, name, args, final);
      if (member !== undefined) {
        if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
        return member;
      }
      if (GO_MAP in receiver) {
        if (this.options.missingKey === 'error') this.errorf(`map has no entry for key ${goQuote(name)}`);
        return NO_VALUE;
      }
    } else if (isPlainObject(receiver)) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      if (Object.prototype.hasOwnProperty.call(receiver, name)) return receiver[name] === undefined ? NO_VALUE : receiver[name];
      if (this.options.missingKey === 'error') this.errorf(`map has no entry for key ${goQuote(name)}`);
      return NO_VALUE;
    }
    return this.errorf(`can't evaluate field ${name} in type ${goTypeName(receiver)}`);
  }

  /** Calls a function or method; `site` is the node Go blames for an error the call returns. */
  evalCall(dot: unknown, fn: TemplateFunc | ((...a: unknown[]) => unknown), name: string, args: readonly ArgNode[], final: Final, site?: Located): unknown {
    const node = this.node;
    const blame = site ?? node;
    const given = args.slice(1);
    const count = given.length + (final === MISSING ? 0 : 1);
    let values: unknown[];
    let call: (...a: unknown[]) => unknown;
    if (typeof fn === 'function') {
      // A method of a Go struct (docker's formatter contexts): arguments of any type.
      values = given.map((a) => this.evalArg(dot, 'any', a));
      call = fn;
    } else {
      const fixed = fn.params.length;
      if (fn.variadic ? count < fixed : count !== fixed) {
        this.node = node;
        this.errorf(`wrong number of args for ${name}: want ${fn.variadic ? 'at least ' : ''}${fixed} got ${count}`);
      }
      const typeOf = (i: number): ParamType => fn.params[i] ?? fn.variadic ?? 'any';
      values = fn.lazy ? given.map((a) => () => this.evalArg(dot, 'any', a)) : given.map((a, i) => this.evalArg(dot, typeOf(i), a));
      if (final !== MISSING) values.push(fn.lazy ? () => final : this.validateType(final, typeOf(given.length)));
      call = fn.fn as (...a: unknown[]) => unknown;
    }
    try {
      const result = call(...values);
      return result === undefined ? NO_VALUE : result;
    } catch (e) {
      // A Go function's error result, or a method's: anything but our own control flow.
      if (e instanceof TemplateExecError || e === BREAK || e === CONTINUE) throw e;
      this.node = blame;
      this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  evalArg(dot: unknown, type: ParamType, n: ArgNode): unknown {
    this.node = n;
    switch (n.kind) {
      case 'dot':
        return this.validateType(dot, type);
      case 'nil':
        return type === 'any' ? null : this.errorf(`cannot assign nil to ${type}`);
      case 'field':
        return this.validateType(this.evalFieldChain(dot, dot, n.ident, [n], MISSING), type);
      case 'variable':
        return this.validateType(this.evalVariable(dot, n, [], MISSING), type);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), type);
      case 'identifier':
        return this.validateType(this.evalCall(dot, this.funcs[n.name]!, n.name, [n], MISSING), type);
      case 'chain':
        return this.validateType(this.evalChain(dot, n, [], MISSING), type);
    }
    if (type === 'any') return n.kind === 'bool' ? n.value : n.kind === 'number' ? n.value : n.text;
    if (type === 'string' && n.kind === 'string') return n.text;
    if (type === 'int' && n.kind === 'number' && n.isInt) return n.value;
    if (type === 'bool' && n.kind === 'bool') return n.value;
    if (type === '[]string') return this.errorf(`can't handle ${argString(n)} for arg of type []string`);
    return this.errorf(`expected ${type === 'int' ? 'integer' : type}; found ${argString(n)}`);
  }

  validateType(value: unknown, type: ParamType): unknown {
    if (value === NO_VALUE) return type === 'any' || type === '[]string' ? null : this.errorf(`invalid value; expected ${type}`);
    const ok =
      type === 'any' ||
      (type === 'string' && typeof value === 'string') ||
      (type === 'int' && typeof value === 'number' && Number.isInteger(value)) ||
      (type === 'bool' && typeof value === 'boolean') ||
      (type === '[]string' && (value === null || (Array.isArray(value) && value.every((x) => typeof x === 'string'))));
    if (!ok) this.errorf(`wrong type for value; expected ${type}; got ${goTypeName(value)}`);
    return value === null && type === '[]string' ? [] : value;
  }
}
