/**
 * @module
 * Turns one parsed node into a typed instruction (BuildKit `ParseInstruction`), or a stage start
 * for FROM. Unknown keywords fail with `unknown instruction: X` and a "did you mean" hint.
 * Errors here are the bare reason; {@link parseStages} adds `dockerfile parse error on line N:`.
 */
import { fromArguments, invalidStageName, unknownInstruction } from '../../core/messages/index.js';
import type { DockerfileNode } from '../dockerfile/node.js';
import { goQuote } from '../go/quote.js';
import { withSuggestion } from '../go/suggest.js';
import { trimSpace } from '../go/unicode.js';
import { parseCmd, parseEntrypoint, parseRun, parseShell } from './parse-command.js';
import { docComment, parseArg, parseEnv, parseExpose, parseLabel, parseMaintainer, parseOnbuild, parseStopSignal, parseUser, parseVolume, parseWorkdir } from './parse-config.js';
import { parseAdd, parseCopy } from './parse-copy.js';
import { parseHealthcheck } from './parse-health.js';
import type { ParseRequest } from './request.js';
import { requestFor } from './request.js';
import type { Instruction, Stage } from './types.js';

/** Every instruction keyword Docker knows, upper-case. */
export const INSTRUCTIONS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;

const PARSERS: Readonly<Record<string, (req: ParseRequest) => Instruction>> = {
  add: parseAdd,
  arg: parseArg,
  cmd: parseCmd,
  copy: parseCopy,
  entrypoint: parseEntrypoint,
  env: parseEnv,
  expose: parseExpose,
  healthcheck: parseHealthcheck,
  label: parseLabel,
  maintainer: parseMaintainer,
  onbuild: parseOnbuild,
  run: parseRun,
  shell: parseShell,
  stopsignal: parseStopSignal,
  user: parseUser,
  volume: parseVolume,
  workdir: parseWorkdir,
};

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

function parseStageName(args: readonly string[]): string {
  if (args.length === 3 && args[1]!.toLowerCase() === 'as') {
    const name = args[2]!.toLowerCase();
    if (!STAGE_NAME.test(name)) throw invalidStageName(goQuote(args[2]!));
    return name;
  }
  if (args.length !== 1) throw fromArguments();
  return '';
}

function parseFrom(req: ParseRequest): Stage {
  const name = parseStageName(req.args);
  const f = req.flags.string('platform').parse();
  return {
    name,
    baseName: req.args[0]!,
    platform: f.value('platform'),
    keyword: req.command,
    code: trimSpace(req.original),
    line: req.node.startLine,
    commands: [],
    comments: req.node.comments,
    docComment: docComment(req.node.comments, name),
  };
}

/** The typed instruction for a node, or a (command-less) stage for FROM. Throws the bare reason. */
export function parseInstruction(node: DockerfileNode): Instruction | Stage {
  const req = requestFor(node);
  const keyword = node.value.toLowerCase();
  if (keyword === 'from') return parseFrom(req);
  const parse = Object.hasOwn(PARSERS, keyword) ? PARSERS[keyword] : undefined;
  if (!parse) throw unknownInstruction(node.value, withSuggestion('', node.value, INSTRUCTIONS, false));
  return parse(req);
}

/** True when `parsed` is a stage (a FROM line) rather than an instruction. */
export function isStage(parsed: Instruction | Stage): parsed is Stage {
  return !('instruction' in parsed);
}
