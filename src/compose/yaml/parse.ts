/**
 * @module
 * Reads a compose file as Compose does (go-yaml v4 + compose-go's `ResetProcessor`): every
 * document of the stream, plain scalars resolved by go-yaml's rules, `<<` merge keys, anchors and
 * aliases, duplicate keys refused, and the paths tagged `!reset` (removed from what came before)
 * or `!override` (replacing it instead of merging) recorded for the merge step.
 */
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseAllDocuments, type Scalar } from 'yaml';
import type { Json } from '../../core/serialize.js';
import { goQuote, goSprint } from '../go/format.js';
import { resolvePlain } from './resolve.js';
import { setKey } from '../load/dict.js';

/** One document of a compose file: its value and the paths its `!reset` / `!override` tags name. */
export interface ParsedDocument {
  readonly value: Json;
  /** Key paths (`['services', 'web', 'ports']`) whose previous value must be dropped before merging. */
  readonly resetPaths: readonly (readonly string[])[];
}

/** A document that could not be read; `message` is the text after `failed to parse <file>: `. */
export class YamlError extends Error {
  /** True for errors compose reports without the `failed to parse` prefix (non-string keys). */
  readonly bare: boolean;
  constructor(message: string, bare = false) {
    super(message);
    this.bare = bare;
  }
}

const MAX_NODE_VISITS = 100_000;

/** go-yaml's wording for the syntax errors people actually make. */
const GO_YAML_WORDING: Readonly<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'mapping values are not allowed in this context',
  TAB_AS_INDENT: 'found a tab character that violates indentation',
  MISSING_CHAR: 'found unexpected end of stream',
};

interface Context {
  readonly doc: Document;
  readonly lines: LineCounter;
  readonly resets: string[][];
  visits: number;
}

function scalarValue(node: Scalar): Json {
  const tag = node.tag;
  const text = String(node.value);
  if (tag === 'tag:yaml.org,2002:str') return text;
  if (node.type !== 'PLAIN' && node.type !== undefined) return text;
  if (tag !== undefined && !tag.startsWith('tag:yaml.org,2002:')) return text;
  const resolved = resolvePlain(text);
  return resolved.tag === 'timestamp' || resolved.tag === 'merge' ? text : resolved.value;
}

function keyOf(node: unknown, ctx: Context, where: string): { text: string; raw: string } {
  const target = isAlias(node) ? node.resolve(ctx.doc) : node;
  const location = where === '' ? 'at top level' : `in ${where}`;
  if (!isScalar(target)) throw new YamlError(`non-string key ${location}: map[interface {}]interface {}{}`, true);
  const value = scalarValue(target);
  if (typeof value !== 'string') throw new YamlError(`non-string key ${location}: ${goSprint(value as string | number | boolean | null)}`, true);
  return { text: value, raw: String(target.value) };
}

function lineOf(node: unknown, ctx: Context): number {
  const range = (node as { range?: [number, number, number] }).range;
  return range === undefined ? 0 : ctx.lines.linePos(range[0]).line;
}

/**
 * Converts a node; `undefined` means the node was tagged `!reset` and is dropped. `path` is the
 * key path for reset tags, `where` the location compose names in key errors (`a.b[0]`).
 */
function convert(node: unknown, path: readonly string[], where: string, ctx: Context): Json | undefined {
  if (++ctx.visits > MAX_NODE_VISITS) throw new YamlError(`compose file exceeds maximum node visit limit (${MAX_NODE_VISITS})`);
  const tag = (node as { tag?: string } | null)?.tag;
  if (tag === '!reset') {
    ctx.resets.push([...path]);
    return undefined;
  }
  if (tag === '!override') ctx.resets.push([...path]);
  if (isAlias(node)) return convert(node.resolve(ctx.doc), path, where, ctx);
  if (isScalar(node)) return scalarValue(node);
  if (isSeq(node)) {
    const out: Json[] = [];
    node.items.forEach((item, i) => {
      const value = convert(item, [...path, String(i)], `${where}[${i}]`, ctx);
      if (value !== undefined) out.push(value);
    });
    return out;
  }
  if (isMap(node)) return convertMap(node.items as { key: unknown; value: unknown }[], path, where, ctx);
  return null;
}

function convertMap(items: readonly { key: unknown; value: unknown }[], path: readonly string[], where: string, ctx: Context): Json {
  const out: { [key: string]: Json } = {};
  const seen = new Map<string, number>();
  const merges: unknown[] = [];
  for (const item of items) {
    const key = keyOf(item.key, ctx, where);
    const line = lineOf(item.key, ctx);
    const first = seen.get(key.raw);
    if (first !== undefined) throw new YamlError(`line ${line}: mapping key ${goQuote(key.raw)} already defined at line ${first}`);
    seen.set(key.raw, line);
    if (key.text === '<<' && isScalar(item.key) && item.key.type === 'PLAIN') {
      merges.push(item.value);
      continue;
    }
    const value = convert(item.value, [...path, key.text], where === '' ? key.text : `${where}.${key.text}`, ctx);
    if (value !== undefined) setKey(out, key.text, value);
  }
  for (const merge of merges) applyMerge(out, merge, path, where, ctx);
  return out;
}

/** `<<: *base` or `<<: [*a, *b]`: keys already present win, then earlier merges over later ones. */
function applyMerge(out: { [key: string]: Json }, merge: unknown, path: readonly string[], where: string, ctx: Context): void {
  const target = isAlias(merge) ? merge.resolve(ctx.doc) : merge;
  const sources = isSeq(target) ? target.items.map((i) => (isAlias(i) ? i.resolve(ctx.doc) : i)) : [target];
  for (const source of sources) {
    if (!isMap(source)) throw new YamlError(`line ${lineOf(source, ctx)}: map merge requires map or sequence of maps as the value`);
    const value = convert(source, path, where, ctx) as { [key: string]: Json };
    for (const [k, v] of Object.entries(value)) {
      if (!Object.hasOwn(out, k)) setKey(out, k, v);
    }
  }
}

function syntaxError(doc: Document): YamlError | undefined {
  const error = doc.errors[0];
  if (error === undefined) return undefined;
  const line = error.linePos?.[0].line ?? 1;
  const text = GO_YAML_WORDING[error.code] ?? error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return new YamlError(`yaml: line ${line}: ${text}`);
}

/** Parses every document of a compose file. Throws {@link YamlError}. */
export function parseComposeYaml(source: string): ParsedDocument[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(source, { schema: 'failsafe', lineCounter: lines, uniqueKeys: false, strict: false });
  if (!Array.isArray(docs)) return [];
  return docs.map((doc: Document) => {
    const error = syntaxError(doc);
    if (error !== undefined) throw error;
    const ctx: Context = { doc, lines, resets: [], visits: 0 };
    const value = convert(doc.contents as Node | null, [], '', ctx);
    return { value: value === undefined ? null : value, resetPaths: ctx.resets };
  });
}
