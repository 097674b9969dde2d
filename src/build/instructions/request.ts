/**
 * @module
 * What every instruction parser receives (BuildKit `parseRequest`): the node's arguments
 * flattened (ONBUILD's trigger keyword first), its flags, heredocs and source position.
 */
import type { DockerfileNode, Heredoc } from '../dockerfile/node.js';
import { trimSpace } from '../go/unicode.js';
import { InstructionFlags } from './flags.js';
import type { InstructionSource } from './types.js';

/** One node, ready to be turned into a typed instruction. */
export interface ParseRequest {
  /** The keyword as written. */
  readonly command: string;
  /** The arguments (for ONBUILD: the trigger keyword, then its arguments). */
  readonly args: readonly string[];
  /** True when the arguments were in JSON form. */
  readonly json: boolean;
  /** The node's heredocs. */
  readonly heredocs: readonly Heredoc[];
  /** The node's flags, to be declared and parsed by the instruction. */
  readonly flags: InstructionFlags;
  /** The instruction's text as written (continuations joined). */
  readonly original: string;
  /** The node itself. */
  readonly node: DockerfileNode;
}

function nodeArgs(node: DockerfileNode): string[] {
  if (node.child) return [node.child.value, ...nodeArgs(node.child)];
  return [...node.args];
}

/** The request for a node. */
export function requestFor(node: DockerfileNode): ParseRequest {
  return {
    command: node.value,
    args: nodeArgs(node),
    json: node.json,
    heredocs: node.heredocs,
    flags: new InstructionFlags(node.flags),
    original: node.original,
    node,
  };
}

/** The source fields every instruction carries. */
export function sourceOf(req: ParseRequest): InstructionSource {
  return {
    keyword: req.command,
    code: trimSpace(req.original),
    line: req.node.startLine,
    endLine: req.node.endLine,
    comments: req.node.comments,
  };
}

/** The shell or exec form of a command (BuildKit `handleJSONArgs`). */
export function commandArgs(req: ParseRequest): string[] {
  if (req.args.length === 0) return [];
  return req.json ? [...req.args] : [req.args.join(' ')];
}
