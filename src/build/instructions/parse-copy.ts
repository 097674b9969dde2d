/**
 * @module
 * ADD and COPY (BuildKit `parseAdd`, `parseCopy`): at least a source and a destination, the
 * flags each accepts, and heredoc sources (`COPY <<EOF /etc/motd`) turned into inline files.
 * See https://docs.docker.com/reference/dockerfile/#copy.
 */
import { badHeredoc, noDestinationArgument } from '../../core/messages/index.js';
import { chompHeredocContent, parseHeredoc } from '../dockerfile/heredoc.js';
import type { ParseRequest } from './request.js';
import { sourceOf } from './request.js';
import type { InstructionFlags } from './flags.js';
import type { AddInstruction, CopyInstruction, SourceContent, SourcesAndDest } from './types.js';

/** Heredoc names parse without errors here: the parser has already read them. */
function heredocOf(word: string): ReturnType<typeof parseHeredoc> {
  try {
    return parseHeredoc(word);
  } catch {
    return undefined;
  }
}

function sources(req: ParseRequest, instruction: string): { sources: string[]; contents: SourceContent[]; dest: string } {
  const dest = req.args[req.args.length - 1]!;
  if (heredocOf(dest)) throw badHeredoc(instruction, 'a destination');
  const byName = new Map(req.heredocs.map((h) => [h.name, h]));
  const sources: string[] = [];
  const contents: SourceContent[] = [];
  for (const src of req.args.slice(0, -1)) {
    const doc = heredocOf(src);
    if (doc) {
      const data = byName.get(doc.name)?.content ?? '';
      contents.push({ path: doc.name, data: doc.chomp ? chompHeredocContent(data) : data, expand: doc.expand });
    } else {
      sources.push(src);
    }
  }
  return { sources, contents, dest };
}

/** The fields ADD and COPY share, once their flags are parsed. */
function sourcesAndDest(req: ParseRequest, instruction: 'ADD' | 'COPY', f: InstructionFlags): SourcesAndDest {
  return {
    ...sourceOf(req),
    ...sources(req, instruction),
    chown: f.value('chown'),
    chmod: f.value('chmod'),
    link: f.isTrue('link'),
    exclude: f.values('exclude'),
  };
}

/** `ADD`. */
export function parseAdd(req: ParseRequest): AddInstruction {
  if (req.args.length < 2) throw noDestinationArgument('ADD');
  const f = req.flags.string('chown').string('chmod').bool('link').bool('keep-git-dir').string('checksum').bool('unpack').strings('exclude').parse();
  return {
    instruction: 'ADD',
    ...sourcesAndDest(req, 'ADD', f),
    checksum: f.value('checksum'),
    ...(f.isUsed('keep-git-dir') ? { keepGitDir: f.isTrue('keep-git-dir') } : {}),
    ...(f.isUsed('unpack') ? { unpack: f.isTrue('unpack') } : {}),
  };
}

/** `COPY`. */
export function parseCopy(req: ParseRequest): CopyInstruction {
  if (req.args.length < 2) throw noDestinationArgument('COPY');
  const f = req.flags.string('chown').string('from').string('chmod').bool('link').strings('exclude').bool('parents').parse();
  return { instruction: 'COPY', ...sourcesAndDest(req, 'COPY', f), from: f.value('from'), parents: f.isTrue('parents') };
}
