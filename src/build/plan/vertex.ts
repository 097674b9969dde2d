/**
 * @module
 * BuildKit-style step names (`[build 2/4] RUN npm ci`), for structured progress (BuildKit
 * `dockerfile2llb/convert.go` `prefixCommand`): per stage, N counts FROM (unless `scratch` or an
 * earlier stage) and every ADD, COPY, RUN and WORKDIR; the index is right-aligned to N's width;
 * stages are prefixed with their name (`stage-<i>` when unnamed) unless the build has a single
 * stage and nothing else to fetch. Metadata instructions get no vertex.
 */
import { parseHeredoc } from '../dockerfile/heredoc.js';
import type { Instruction, Stage } from '../instructions/types.js';
import type { Env } from '../shell/env.js';
import type { ShellLex } from '../shell/lex.js';

const COUNTED = new Set(['ADD', 'COPY', 'RUN', 'WORKDIR']);

/** True for the instructions that get a numbered vertex (they produce a layer in BuildKit). */
export function hasVertex(instruction: Instruction): boolean {
  return COUNTED.has(instruction.instruction);
}

/** How one stage's vertices are numbered. */
export interface StageVertices {
  /** The stage's label (`build`, `stage-1`), `""` when the build needs no prefix. */
  readonly label: string;
  /** N for this stage. */
  readonly total: number;
  /** True when FROM is a vertex (an image, not `scratch` nor an earlier stage). */
  readonly fromVertex: boolean;
}

/** Vertex numbering for each of a Dockerfile's stages (`baseNames` = FROM names after expansion). */
export function stageVertices(stages: readonly Stage[], baseNames: readonly string[] = stages.map((s) => s.baseName)): StageVertices[] {
  // Sources fetched besides the stages (COPY --from=image, RUN --mount) count as extra states.
  const names = new Set(stages.map((s) => s.name).filter((n) => n !== ''));
  const extra = stages.some((s) =>
    s.commands.some(
      (c) =>
        (c.instruction === 'COPY' && c.from !== '' && !/^\d+$/.test(c.from) && !names.has(c.from.toLowerCase())) ||
        // A mount without from= mounts from scratch, which BuildKit also counts as a source.
        (c.instruction === 'RUN' && c.mounts.some((m) => m.from === '' || !names.has(m.from.toLowerCase()))),
    ),
  );
  const single = stages.length === 1 && !extra;
  return stages.map((s, i) => {
    const base = baseNames[i] ?? s.baseName;
    const fromStage = stages.some((o, j) => j < i && o.name !== '' && o.name === base);
    const fromVertex = base !== 'scratch' && !fromStage;
    const total = (fromVertex ? 1 : 0) + s.commands.filter(hasVertex).length;
    return { label: single ? '' : s.name !== '' ? s.name : `stage-${i}`, total, fromVertex };
  });
}

/** `[label i/N] text`, i right-aligned to the width of N (`[ 2/10]`); text alone when N is 0. */
export function vertexName(stage: StageVertices, index: number, text: string): string {
  if (stage.total === 0) return text;
  const width = String(stage.total).length;
  return `[${stage.label === '' ? '' : `${stage.label} `}${String(index).padStart(width, ' ')}/${stage.total}] ${text}`;
}

/**
 * A vertex's text: the instruction as written with the step's variables substituted (RUN keeps
 * quotes and unset references), the keyword upper-cased, and a one-line summary of a RUN heredoc.
 */
export function vertexText(instruction: Instruction, lex: ShellLex, env: Env): string {
  let text = instruction.code;
  if (instruction.instruction === 'RUN' && instruction.files.length > 0 && instruction.cmdLine?.length === 1 && parseHeredocSafe(instruction.cmdLine[0]!)) {
    const lines = instruction.files[0]!.data.trim().replaceAll('\r\n', '\n').split('\n');
    text += ` (${lines[0]}${lines.length > 1 ? '...' : ''})`;
  }
  const l = instruction.instruction === 'RUN' ? lex.with({ rawQuotes: true, skipUnsetEnv: true }) : lex;
  try {
    text = l.processWord(text, env);
  } catch {
    // BuildKit shows the text unexpanded when it does not lex.
  }
  return uppercaseCmd(text);
}

/** The text with its first word (the keyword) upper-cased (BuildKit `uppercaseCmd`). */
export function uppercaseCmd(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text.toUpperCase() : text.slice(0, space).toUpperCase() + text.slice(space);
}

function parseHeredocSafe(word: string): boolean {
  try {
    return parseHeredoc(word) !== undefined;
  } catch {
    return false;
  }
}

/** A line of BuildKit's plain progress: `=> CACHED [2/5] WORKDIR /app`. */
export function vertexLine(name: string, cached: boolean): string {
  return `=> ${cached ? 'CACHED ' : ''}${name}`;
}
