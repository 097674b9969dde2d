/**
 * @module
 * A Go `text/template` as docker uses it (`templates.Parse`): parsed once with Go's builtins and
 * docker's functions, executed over any data. `docker ps --format`, `docker inspect -f` and every
 * other `--format` flag go through this.
 */
import { BUILTIN_FUNCS, DOCKER_FUNCS, type TemplateFunc } from './funcs.js';
import { execute, type ExecOptions } from './exec.js';
import { parseTemplate, type TreeSet } from './parse.js';

/** The functions docker's templates know: Go's builtins and docker's own. */
export const DOCKER_TEMPLATE_FUNCS: { readonly [name: string]: TemplateFunc } = { ...BUILTIN_FUNCS, ...DOCKER_FUNCS };

/** A parsed template. */
export class GoTemplate {
  /** The template's source. */
  readonly text: string;
  /** Its name (docker's are unnamed: errors read `template: :1: …`). */
  readonly name: string;
  readonly #trees: TreeSet;
  readonly #funcs: { readonly [name: string]: TemplateFunc };

  private constructor(name: string, text: string, trees: TreeSet, funcs: { readonly [name: string]: TemplateFunc }) {
    this.name = name;
    this.text = text;
    this.#trees = trees;
    this.#funcs = funcs;
  }

  /** Parses `text`; throws a `TemplateParseError` with Go's message. */
  static parse(text: string, options: { readonly name?: string; readonly funcs?: { readonly [name: string]: TemplateFunc } } = {}): GoTemplate {
    const funcs = options.funcs ?? DOCKER_TEMPLATE_FUNCS;
    const name = options.name ?? '';
    return new GoTemplate(name, text, parseTemplate(name, text, new Set(Object.keys(funcs))), funcs);
  }

  /** Runs the template over `data`; `funcs` replace same-named functions (docker's header functions). */
  execute(data: unknown, options: ExecOptions & { readonly funcs?: { readonly [name: string]: TemplateFunc } } = {}): string {
    const funcs = options.funcs ? { ...this.#funcs, ...options.funcs } : this.#funcs;
    return execute(this.#trees, this.name, this.text, data, funcs, options);
  }

  /** Like {@link GoTemplate.execute}, but an execution error ends the output where it happened instead of throwing. */
  executePartial(data: unknown, options: ExecOptions & { readonly funcs?: { readonly [name: string]: TemplateFunc } } = {}): string {
    const funcs = options.funcs ? { ...this.#funcs, ...options.funcs } : this.#funcs;
    return execute(this.#trees, this.name, this.text, data, funcs, { ...options, partial: true });
  }
}
