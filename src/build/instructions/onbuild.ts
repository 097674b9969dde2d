/**
 * @module
 * A base image's ONBUILD triggers, as the classic builder replays them after FROM (moby
 * `dispatchTriggeredOnBuild`): each stored expression is parsed as a one-line Dockerfile (default
 * escape character) and must be exactly one instruction. Errors are reported bare, without the
 * `dockerfile parse error on line N:` or `failed to parse Dockerfile:` prefixes.
 */
import { DockerfileError, fileWithNoInstructions, onbuildTriggerNotSingle, stageNotCommand } from '../../core/messages/index.js';
import { parseDockerfile } from '../dockerfile/parser.js';
import { isStage, parseInstruction } from './parse.js';
import type { Instruction } from './types.js';

/** Parses one stored ONBUILD trigger (`RUN echo hi`) into the instruction to run. */
export function parseOnbuildTrigger(expression: string): Instruction {
  let children;
  if (expression === '') throw fileWithNoInstructions();
  try {
    children = parseDockerfile(expression).children;
  } catch (e) {
    // The trigger's own parse errors come without the Dockerfile-name prefix.
    if (e instanceof DockerfileError) throw new DockerfileError(e.detail, e.detail, e.line);
    throw e;
  }
  if (children.length !== 1) throw onbuildTriggerNotSingle();
  const parsed = parseInstruction(children[0]!);
  if (isStage(parsed)) throw stageNotCommand();
  return parsed;
}
