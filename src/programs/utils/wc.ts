/**
 * @module
 * `wc`: lines, words, bytes (and characters, longest line) per file and in total, padded as each
 * implementation pads them — busybox in `%9u` columns, GNU to the width of the largest count.
 */
import { FsError } from '../types.js';
import { cantOpen, complain, options, readOperand } from './common.js';
import type { Tool } from './tool.js';

type Counts = [number, number, number, number, number];

function count(bytes: Uint8Array): Counts {
  const text = new TextDecoder().decode(bytes);
  const lines = (text.match(/\n/g) ?? []).length;
  const words = (text.match(/[^\s]+/g) ?? []).length;
  const longest = Math.max(0, ...text.split('\n').map((l) => l.length));
  return [lines, words, [...text].length, bytes.length, longest];
}

/** `wc`: count lines, words and bytes. */
export const wc: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'lwmcL', long: { lines: 'l', words: 'w', chars: 'm', bytes: 'c', 'max-line-length': 'L' } }, '[-cmlwL] [FILE]...');
  if (!parsed) return 1;
  const order = ['l', 'w', 'm', 'c', 'L'];
  let selected = order.filter((k) => parsed.opts.has(k));
  if (selected.length === 0) selected = ['l', 'w', 'c'];
  const files = parsed.operands;
  const rows: { counts: Counts; name: string | undefined }[] = [];
  const totals: Counts = [0, 0, 0, 0, 0];
  let status = 0;
  let nonRegular = false;
  for (const file of files.length > 0 ? files : ['-']) {
    try {
      const bytes = await readOperand(ctx, file);
      const c = count(bytes);
      c.forEach((v, i) => (totals[i] = i === 4 ? Math.max(totals[i]!, v) : totals[i]! + v));
      rows.push({ counts: c, name: files.length > 0 ? file : undefined });
      if (file === '-') nonRegular = true;
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, cantOpen(flavour)(file, error));
      status = 1;
    }
  }
  if (files.length > 1) rows.push({ counts: totals, name: 'total' });
  const pick = (c: Counts): number[] => selected.map((k) => c[order.indexOf(k)]!);
  let width: number;
  if (flavour === 'busybox') width = files.length <= 1 && selected.length === 1 ? 0 : 9;
  else if ((files.length === 0 || files.length === 1) && selected.length === 1) width = 1;
  else width = Math.max(nonRegular ? 7 : 1, String(totals[3]).length);
  for (const row of rows) {
    const cells = pick(row.counts).map((v) => String(v).padStart(width));
    ctx.stdout.write(`${cells.join(' ')}${row.name !== undefined ? ` ${row.name}` : ''}\n`);
  }
  return status;
};
