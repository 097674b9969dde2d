/**
 * @module
 * How each instruction's arguments are shaped into a node (BuildKit `parser/line_parsers.go`):
 * exec or shell form for RUN/CMD/ENTRYPOINT/SHELL, lists for ADD/COPY/VOLUME, words for FROM and
 * EXPOSE, key/value triples for ENV and LABEL (legacy `KEY value` or `KEY=value …`), names for
 * ARG, a nested instruction for ONBUILD, `[type, …command]` for HEALTHCHECK. Unknown keywords are
 * kept with an empty argument; the instruction layer rejects them.
 */
import { missingEquals, mustHaveTwoArguments } from '../../core/messages/index.js';
import { goQuote } from '../go/quote.js';
import { isSpace } from '../go/unicode.js';
import { fromByteString, toByteString } from './bytes.js';
import { parseJsonArray } from './json-args.js';
import type { DockerfileNode } from './node.js';
import { splitCommand } from './split-command.js';
import { parseWords } from './words.js';

/** What a line parser makes of an instruction's arguments. */
interface Shaped {
  readonly args: readonly string[];
  readonly json?: boolean;
  readonly child?: DockerfileNode;
}

type LineParser = (rest: string, escapeToken: string) => Shaped;

const WHITESPACE = /[\t\v\f\r ]+/;
const NONE: Shaped = { args: [] };

function splitWhitespace(rest: string): string[] {
  return rest === '' ? [] : rest.split(WHITESPACE);
}

const whitespaceList: LineParser = (rest) => ({ args: splitWhitespace(rest) });

const plainString: LineParser = (rest) => (rest === '' ? NONE : { args: [rest] });

const maybeJson: LineParser = (rest) => {
  if (rest === '') return NONE;
  const json = parseJsonArray(rest);
  return json ? { args: json, json: true } : { args: [rest] };
};

const maybeJsonToList: LineParser = (rest) => {
  const json = parseJsonArray(rest);
  return json ? { args: json, json: true } : whitespaceList(rest, '');
};

function nameValue(instruction: string): LineParser {
  return (rest, escapeToken) => {
    const words = parseWords(rest, escapeToken);
    if (words.length === 0) return NONE;
    // The legacy form `KEY value…` is recognised by a first word without `=`.
    if (!words[0]!.includes('=')) {
      const m = WHITESPACE.exec(rest);
      if (m === null) throw mustHaveTwoArguments(instruction);
      return { args: [rest.slice(0, m.index), rest.slice(m.index + m[0].length), ''] };
    }
    const args: string[] = [];
    for (const word of words) {
      const eq = word.indexOf('=');
      if (eq < 0) throw missingEquals(goQuote(word));
      args.push(word.slice(0, eq), word.slice(eq + 1), '=');
    }
    return { args };
  };
}

const names: LineParser = (rest, escapeToken) => ({ args: parseWords(rest, escapeToken) });

const subCommand: LineParser = (rest, escapeToken) => (rest === '' ? NONE : { args: [], child: nodeFromLine(rest, escapeToken, []) });

const healthConfig: LineParser = (rest) => {
  // BuildKit scans this byte by byte with unicode.IsSpace.
  const bytes = toByteString(rest);
  let sep = 0;
  while (sep < bytes.length && !isSpace(bytes[sep]!)) sep++;
  let next = sep;
  while (next < bytes.length && isSpace(bytes[next]!)) next++;
  if (sep === 0) return NONE;
  const cmd = maybeJson(fromByteString(bytes.slice(next)), '');
  return { args: [fromByteString(bytes.slice(0, sep)), ...cmd.args], json: cmd.json };
};

const DISPATCH: Readonly<Record<string, LineParser>> = {
  add: maybeJsonToList,
  arg: names,
  cmd: maybeJson,
  copy: maybeJsonToList,
  entrypoint: maybeJson,
  env: nameValue('ENV'),
  expose: whitespaceList,
  from: whitespaceList,
  healthcheck: healthConfig,
  label: nameValue('LABEL'),
  maintainer: plainString,
  onbuild: subCommand,
  run: maybeJson,
  shell: maybeJson,
  stopsignal: plainString,
  user: plainString,
  volume: maybeJsonToList,
  workdir: plainString,
};

/** Builds the node for one instruction line (continuations already joined). */
export function nodeFromLine(line: string, escapeToken: string, comments: readonly string[]): DockerfileNode {
  const { cmd, flags, args } = splitCommand(line, escapeToken);
  const parse = Object.hasOwn(DISPATCH, cmd.toLowerCase()) ? DISPATCH[cmd.toLowerCase()]! : undefined;
  // Unknown instructions keep one empty argument, as BuildKit's parseIgnore does.
  const shaped: Shaped = parse ? parse(args, escapeToken) : { args: [''] };
  return {
    value: cmd,
    flags,
    args: shaped.args,
    ...(shaped.child ? { child: shaped.child } : {}),
    json: shaped.json ?? false,
    original: line,
    startLine: 0,
    endLine: 0,
    heredocs: [],
    comments,
  };
}
