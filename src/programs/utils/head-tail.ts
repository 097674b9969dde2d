/**
 * @module
 * `head` and `tail`: the first or last `-n` lines (`-c` bytes), `tail -n +K` from line K, headers
 * (`==> file <==`) for several files, and `tail -f`, which follows a file through the
 * filesystem's change notifications (a bind mount edited on the host shows up at once) and runs
 * until killed — `tail -f /dev/null` is the classic way to keep a container alive.
 */
import { concatBytes } from '../process/streams.js';
import { FsError, type ProcessContext } from '../types.js';
import { abs, complain, options, readOperand } from './common.js';
import type { Flavour, Tool } from './tool.js';

const decoder = new TextDecoder();

function selectLines(text: string, count: string, head: boolean): string {
  const parts = text.split(/(?<=\n)/);
  if (head) {
    if (count.startsWith('-')) return parts.slice(0, Math.max(0, parts.length - Number(count.slice(1)))).join('');
    return parts.slice(0, Number(count)).join('');
  }
  if (count.startsWith('+')) return parts.slice(Math.max(0, Number(count.slice(1)) - 1)).join('');
  const n = Number(count.replace(/^-/, ''));
  return n === 0 ? '' : parts.slice(-n).join('');
}

function selectBytes(bytes: Uint8Array, count: string, head: boolean): Uint8Array {
  const n = Number(count.replace(/^[+-]/, ''));
  if (head) return count.startsWith('-') ? bytes.subarray(0, Math.max(0, bytes.length - n)) : bytes.subarray(0, n);
  return count.startsWith('+') ? bytes.subarray(Math.max(0, n - 1)) : n === 0 ? bytes.subarray(bytes.length) : bytes.subarray(-n);
}

/** Reads only as much of stdin as `head` prints, so a writer behind a pipe gets SIGPIPE. */
async function readHead(ctx: ProcessContext, count: string, bytesMode: boolean): Promise<Uint8Array> {
  const want = Number(count);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let newlines = 0;
  while (bytesMode ? size < want : newlines < want) {
    const chunk = await ctx.stdin.read();
    if (!chunk) break;
    chunks.push(chunk);
    size += chunk.length;
    for (const b of chunk) if (b === 10) newlines++;
  }
  return concatBytes(chunks);
}

function openError(flavour: Flavour, head: boolean, file: string, error: FsError): string {
  if (flavour === 'busybox') return `can't open '${file}': ${error.description}`;
  return head ? `cannot open '${file}' for reading: ${error.description}` : `cannot open '${file}' for reading: ${error.description}`;
}

async function headTail(ctx: ProcessContext, flavour: Flavour, head: boolean): Promise<number> {
  const parsed = options(
    ctx,
    flavour,
    { flags: 'qvfF', values: 'nc', digits: 'n', long: { 'lines=': 'n', 'bytes=': 'c', quiet: 'q', silent: 'q', verbose: 'v', follow: 'f', retry: 'F' } },
    head ? '[OPTIONS] [FILE]...' : '[OPTIONS] [FILE]...',
  );
  if (!parsed) return 1;
  const o = parsed.opts;
  const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  // `tail +5` (old syntax) means from line 5.
  if (!head && files[0]?.startsWith('+') && /^\+\d+$/.test(files[0])) o.set('n', files.shift()!);
  const count = o.get('c') ?? o.get('n') ?? '10';
  if (!/^[+-]?\d+$/.test(count)) {
    complain(ctx, flavour, flavour === 'gnu' ? `invalid number of ${o.has('c') ? 'bytes' : 'lines'}: '${count}'` : `invalid number '${count}'`);
    return 1;
  }
  const headers = (files.length > 1 && !o.has('q')) || o.has('v');
  let status = 0;
  const follow: { file: string; size: number }[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    let bytes: Uint8Array;
    try {
      bytes = head && file === '-' && !count.startsWith('-') ? await readHead(ctx, count, o.has('c')) : await readOperand(ctx, file);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, openError(flavour, head, file, error));
      status = 1;
      continue;
    }
    if (headers) ctx.stdout.write(`${i > 0 ? '\n' : ''}==> ${file === '-' ? 'standard input' : file} <==\n`);
    ctx.stdout.write(o.has('c') ? selectBytes(bytes, count, head) : selectLines(decoder.decode(bytes), count, head));
    if (!head && (o.has('f') || o.has('F')) && file !== '-') follow.push({ file, size: bytes.length });
  }
  if (follow.length === 0) return status;
  for (const f of follow) {
    const path = abs(ctx, f.file);
    if (path === '/dev/null') continue;
    ctx.fs.watch(path, () => {
      let bytes: Uint8Array;
      try {
        bytes = ctx.fs.readFile(path);
      } catch {
        return;
      }
      if (bytes.length < f.size) {
        complain(ctx, flavour, `${f.file}: file truncated`);
        f.size = 0;
      }
      if (bytes.length > f.size) ctx.stdout.write(bytes.subarray(f.size));
      f.size = bytes.length;
    });
  }
  await ctx.clock.sleep(Infinity);
  return status;
}

/** `head [-n N] [FILE]...`: the first lines. */
export const head: Tool = (ctx, flavour) => headTail(ctx, flavour, true);
/** `tail [-n N] [-f] [FILE]...`: the last lines, or follow. */
export const tail: Tool = (ctx, flavour) => headTail(ctx, flavour, false);
