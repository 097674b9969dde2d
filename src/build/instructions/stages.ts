/**
 * @module
 * Groups a parsed Dockerfile into global ARGs and build stages (BuildKit `instructions.Parse`):
 * ARGs before the first FROM are global (visible to FROM lines), every FROM opens a stage, and an
 * instruction before any FROM is an error (`no build stage in current context`). An invalid
 * instruction is reported with its line: `dockerfile parse error on line N: <reason>`. See
 * https://docs.docker.com/build/building/multi-stage/.
 */
import { isDockerError } from '../../core/errors.js';
import { dockerfileParseError, noBuildStage } from '../../core/messages/index.js';
import type { ParsedDockerfile } from '../dockerfile/node.js';
import { isStage, parseInstruction } from './parse.js';
import type { ArgInstruction, DockerfileStages, Instruction, Stage } from './types.js';

/** Parses every instruction and groups them into stages. Throws `dockerfile parse error on line N: …`. */
export function parseStages(parsed: ParsedDockerfile): DockerfileStages {
  const metaArgs: ArgInstruction[] = [];
  const stages: { stage: Stage; commands: Instruction[] }[] = [];
  for (const node of parsed.children) {
    let item: Instruction | Stage;
    try {
      item = parseInstruction(node);
    } catch (e) {
      if (isDockerError(e)) throw dockerfileParseError(node.startLine, e.message);
      throw e;
    }
    if (isStage(item)) {
      stages.push({ stage: item, commands: [] });
    } else if (stages.length === 0) {
      if (item.instruction !== 'ARG') throw noBuildStage(node.startLine);
      metaArgs.push(item);
    } else {
      stages[stages.length - 1]!.commands.push(item);
    }
  }
  return {
    metaArgs,
    stages: stages.map(({ stage, commands }) => ({ ...stage, commands })),
    escapeToken: parsed.escapeToken,
  };
}

/** The index of the stage named `name` (case-insensitive), or -1. */
export function findStage(stages: readonly Stage[], name: string): number {
  const lower = name.toLowerCase();
  return stages.findIndex((s) => s.name === lower);
}
