/**
 * @module
 * The instructions that only change the image config (BuildKit `parse.go`): ENV and LABEL
 * (key/value pairs, blank keys refused), ARG (names with optional defaults), EXPOSE (ports
 * sorted), USER, WORKDIR, VOLUME, STOPSIGNAL, MAINTAINER and ONBUILD (whose trigger may not be
 * ONBUILD, FROM or MAINTAINER), each with Docker's argument-count messages.
 */
import {
  atLeastOneArgument,
  blankNames,
  emptyVolume,
  exactlyOneArgument,
  onbuildChaining,
  onbuildTriggerNotAllowed,
  tooManyArguments,
} from '../../core/messages/index.js';
import { trimSpace } from '../go/unicode.js';
import type { ParseRequest } from './request.js';
import { sourceOf } from './request.js';
import type {
  ArgInstruction,
  EnvInstruction,
  ExposeInstruction,
  KeyValuePair,
  LabelInstruction,
  MaintainerInstruction,
  OnbuildInstruction,
  StopSignalInstruction,
  UserInstruction,
  VolumeInstruction,
  WorkdirInstruction,
} from './types.js';

function keyValuePairs(args: readonly string[], instruction: string): KeyValuePair[] {
  if (args.length === 0) throw atLeastOneArgument(instruction);
  if (args.length % 3 !== 0) throw tooManyArguments(instruction);
  const pairs: KeyValuePair[] = [];
  for (let j = 0; j < args.length; j += 3) {
    if (args[j] === '') throw blankNames(instruction);
    pairs.push({ key: args[j]!, value: args[j + 1]!, noDelim: args[j + 2] === '' });
  }
  return pairs;
}

/** The `# name description` comment above a definition (BuildKit `getDocComment`). */
export function docComment(comments: readonly string[], name: string): string {
  if (name === '') return '';
  const prefix = `${name} `;
  const line = comments.find((c) => c.startsWith(prefix));
  return line === undefined ? '' : line.slice(prefix.length);
}

function exactlyOne(req: ParseRequest, instruction: string): string {
  if (req.args.length !== 1) throw exactlyOneArgument(instruction);
  req.flags.parse();
  return req.args[0]!;
}

/** `ENV`. */
export function parseEnv(req: ParseRequest): EnvInstruction {
  req.flags.parse();
  return { instruction: 'ENV', ...sourceOf(req), env: keyValuePairs(req.args, 'ENV') };
}

/** `LABEL`. */
export function parseLabel(req: ParseRequest): LabelInstruction {
  req.flags.parse();
  return { instruction: 'LABEL', ...sourceOf(req), labels: keyValuePairs(req.args, 'LABEL'), noExpand: false };
}

/** `MAINTAINER` (deprecated; BuildKit warns, the classic builder sets the image Author). */
export function parseMaintainer(req: ParseRequest): MaintainerInstruction {
  return { instruction: 'MAINTAINER', ...sourceOf(req), maintainer: exactlyOne(req, 'MAINTAINER') };
}

/** `WORKDIR`. */
export function parseWorkdir(req: ParseRequest): WorkdirInstruction {
  return { instruction: 'WORKDIR', ...sourceOf(req), path: exactlyOne(req, 'WORKDIR') };
}

/** `USER`. */
export function parseUser(req: ParseRequest): UserInstruction {
  return { instruction: 'USER', ...sourceOf(req), user: exactlyOne(req, 'USER') };
}

/** `STOPSIGNAL` (its flags are not checked, as in Docker). */
export function parseStopSignal(req: ParseRequest): StopSignalInstruction {
  if (req.args.length !== 1) throw exactlyOneArgument('STOPSIGNAL');
  return { instruction: 'STOPSIGNAL', ...sourceOf(req), signal: req.args[0]! };
}

/** `EXPOSE`. */
export function parseExpose(req: ParseRequest): ExposeInstruction {
  if (req.args.length === 0) throw atLeastOneArgument('EXPOSE');
  req.flags.parse();
  // Go's sort.Strings: byte order, which for these strings is code-unit order.
  const ports = [...req.args].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { instruction: 'EXPOSE', ...sourceOf(req), ports };
}

/** `VOLUME`. */
export function parseVolume(req: ParseRequest): VolumeInstruction {
  if (req.args.length === 0) throw atLeastOneArgument('VOLUME');
  req.flags.parse();
  const volumes = req.args.map((v) => {
    const trimmed = trimSpace(v);
    if (trimmed === '') throw emptyVolume();
    return trimmed;
  });
  return { instruction: 'VOLUME', ...sourceOf(req), volumes };
}

/** `ARG` (its flags are not checked, as in Docker). */
export function parseArg(req: ParseRequest): ArgInstruction {
  if (req.args.length < 1) throw atLeastOneArgument('ARG');
  const args = req.args.map((arg) => {
    const eq = arg.indexOf('=');
    if (eq < 0) return { key: arg, docComment: docComment(req.node.comments, arg) };
    const key = arg.slice(0, eq);
    if (key === '') throw blankNames('ARG');
    return { key, value: arg.slice(eq + 1), docComment: docComment(req.node.comments, key) };
  });
  return { instruction: 'ARG', ...sourceOf(req), args };
}

/** `ONBUILD`. */
export function parseOnbuild(req: ParseRequest): OnbuildInstruction {
  if (req.args.length === 0) throw atLeastOneArgument('ONBUILD');
  req.flags.parse();
  const trigger = trimSpace(req.args[0]!).toUpperCase();
  if (trigger === 'ONBUILD') throw onbuildChaining();
  if (trigger === 'MAINTAINER' || trigger === 'FROM') throw onbuildTriggerNotAllowed(trigger);
  let expression = req.original.replace(/^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i, '');
  for (const doc of req.heredocs) expression += `\n${doc.content}${doc.name}`;
  return { instruction: 'ONBUILD', ...sourceOf(req), expression };
}
