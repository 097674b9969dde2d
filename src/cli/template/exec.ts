/**
 * @module
 * Execution of a parsed Go template (`text/template/exec.go` `walk*`): text, actions, `if` /
 * `with` / `range` (with `break`, `continue` and `else`) and `template` calls, writing the output
 * as Go does; expressions are evaluated by {@link Evaluator}.
 */
import { goQuote } from '../grammar/go-strconv.js';
import { BREAK, CONTINUE, Evaluator, TemplateExecError, type ExecOptions } from './evaluate.js';
import type { TemplateFunc } from './funcs.js';
import type { ListNode, TreeNode } from './nodes.js';
import type { TreeSet } from './parse.js';
import { isPlainObject, isTrue, NO_VALUE, printValue } from './values.js';

export { TemplateExecError, type ExecOptions } from './evaluate.js';

/** The walker of one template execution. */
class State extends Evaluator {
  out = '';
  depth = 0;

  walk(dot: unknown, node: TreeNode): void {
    this.node = node;
    switch (node.kind) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.out += printValue(val);
        return;
      }
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        const val = this.evalPipeline(dot, node.pipe);
        if (isTrue(val)) this.walk(node.kind === 'with' ? val : dot, node.list);
        else if (node.elseList) this.walk(dot, node.elseList);
        this.vars.length = mark;
        return;
      }
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'text':
        this.out += node.text;
        return;
      default:
        this.errorf(`unknown node: ${node.kind}`);
    }
  }

  walkRange(dot: unknown, r: Extract<TreeNode, { list: ListNode }>): void {
    const outer = this.vars.length;
    const val = this.evalPipeline(dot, r.pipe);
    const mark = this.vars.length;
    const decl = r.pipe.decl;
    const one = (index: unknown, elem: unknown): boolean => {
      if (decl.length > 0) {
        if (r.pipe.isAssign) this.setVar(decl[0]!.name, decl.length > 1 ? index : elem);
        else this.vars[this.vars.length - 1]!.value = elem;
      }
      if (decl.length > 1) {
        if (r.pipe.isAssign) this.setVar(decl[1]!.name, elem);
        else this.vars[this.vars.length - 2]!.value = index;
      }
      try {
        this.walk(elem, r.list);
      } catch (e) {
        if (e === BREAK) return false;
        if (e !== CONTINUE) throw e;
      } finally {
        this.vars.length = mark;
      }
      return true;
    };
    let iterated = false;
    if (Array.isArray(val)) {
      for (let i = 0; i < val.length && one(i, val[i]); i++);
      iterated = val.length > 0;
    } else if (isPlainObject(val)) {
      const keys = Object.keys(val).sort();
      for (const k of keys) if (!one(k, val[k])) break;
      iterated = keys.length > 0;
    } else if (typeof val === 'number' && Number.isInteger(val)) {
      if (decl.length > 1) this.errorf(`can't use ${val} to iterate over more than one variable`);
      for (let i = 0; i < val && one(i, i); i++);
      iterated = val > 0;
    } else if (val !== NO_VALUE) {
      this.node = r;
      this.errorf(`range can't iterate over ${printValue(val)}`);
    }
    if (!iterated && r.elseList) this.walk(dot, r.elseList);
    this.vars.length = outer;
  }

  walkTemplate(dot: unknown, t: Extract<TreeNode, { kind: 'template' }>): void {
    const tree = this.trees.get(t.name);
    if (!tree) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth >= 10000) this.errorf('exceeded maximum template depth (10000)');
    const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : NO_VALUE;
    const saved = this.vars.splice(0);
    this.vars.push({ name: '$', value: newDot });
    this.depth++;
    try {
      this.walk(newDot, tree);
    } finally {
      this.depth--;
      this.vars.splice(0, this.vars.length, ...saved);
    }
  }
}


/** Runs template `name` of `trees` over `data`; returns the output or throws {@link TemplateExecError}. */
export function execute(
  trees: TreeSet,
  name: string,
  text: string,
  data: unknown,
  funcs: { readonly [name: string]: TemplateFunc },
  options: ExecOptions & { readonly partial?: boolean } = {},
): string {
  const root: ListNode | undefined = trees.get(name);
  const state = new State(name, text, trees, funcs, options);
  try {
    if (!root) state.errorf(`${goQuote(name)} is an incomplete or empty template`);
    state.vars.push({ name: '$', value: data });
    state.walk(data, root!);
  } catch (e) {
    // Go writes as it goes: what was written before the error stays in the output.
    if (!(options.partial && e instanceof TemplateExecError)) throw e;
  }
  return state.out;
}
