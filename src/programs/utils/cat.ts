/**
 * @module
 * `cat` (and `more`/`less`, which behave as cat when not on a terminal): files and stdin in
 * order, streaming stdin as it arrives; `-n` numbers lines, `-b` numbers non-blank lines.
 */
import { openRead } from '../process/files.js';
import { FsError } from '../types.js';
import { cantOpen, complain, options } from './common.js';
import type { Tool } from './tool.js';

/** `cat [FILE]...`: concatenate files (and stdin) to stdout. */
export const cat: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'nbuvetAsET', long: { number: 'n', 'number-nonblank': 'b', 'show-all': 'A', 'squeeze-blank': 's' } }, '[-nbvteA] [FILE]...');
  if (!parsed) return 1;
  const number = parsed.opts.has('n') || parsed.opts.has('b');
  const nonBlank = parsed.opts.has('b');
  let lineNo = 0;
  let atLineStart = true;
  const emit = (chunk: Uint8Array): void => {
    if (!number) return ctx.stdout.write(chunk);
    const text = new TextDecoder().decode(chunk);
    let out = '';
    for (const ch of text) {
      if (atLineStart && !(nonBlank && ch === '\n')) out += `${String(++lineNo).padStart(6)}\t`;
      out += ch;
      atLineStart = ch === '\n';
    }
    ctx.stdout.write(out);
  };
  let status = 0;
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  for (const file of files) {
    try {
      if (file === '-') {
        for (let chunk = await ctx.stdin.read(); chunk; chunk = await ctx.stdin.read()) emit(chunk);
        continue;
      }
      const input = openRead(ctx.fs, ctx.cwd, file, ctx);
      emit(await input.readAll());
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, cantOpen(flavour)(file, error));
      status = 1;
    }
  }
  return status;
};
