/**
 * @module
 * docker/go-units, which the docker CLI prints every size and age through: `HumanDuration`
 * ("2 minutes", "About an hour"), `HumanSize` / `HumanSizeWithPrecision` (decimal: `4.59MB`),
 * `BytesSize` (binary: `1.5GiB`), and `RAMInBytes` / `FromHumanSize` for flags like `--memory 64m`.
 */
import { GoParseError, parseGoFloat } from '../grammar/go-strconv.js';

// Printing sizes and ages is the core's (the daemon words `Status` with it too); parsing is the CLI's.
export { bytesSize, humanDuration, humanSize, humanSizeWithPrecision } from '../../core/units.js';

const DECIMAL_MAP: { readonly [c: string]: number } = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15 };
const BINARY_MAP: { readonly [c: string]: number } = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** A size go-units could not parse; `message` is its text (`invalid size: 'x'`). */
export class SizeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SizeError';
  }
}

function parseSize(text: string, map: { readonly [c: string]: number }): number {
  let sep = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if ('01234567890. '.includes(text[i]!)) {
      sep = i;
      break;
    }
  }
  if (sep === -1) throw new SizeError(`invalid size: '${text}'`);
  const num = text[sep] === ' ' ? text.slice(0, sep) : text.slice(0, sep + 1);
  let sfx = text.slice(sep + 1);
  let size: number;
  try {
    size = parseGoFloat(num);
  } catch (e) {
    throw e instanceof GoParseError ? new SizeError(e.message) : e;
  }
  if (size < 0) throw new SizeError(`invalid size: '${text}'`);
  if (sfx === '') return Math.trunc(size);
  const bad = () => new SizeError(`invalid suffix: '${sfx}'`);
  if (sfx.length > 3) throw bad();
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') {
    if (sfx.length > 1) throw bad();
    return Math.trunc(size);
  }
  const mul = map[sfx[0]!];
  if (mul === undefined) throw bad();
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) throw bad();
  return Math.trunc(size * mul);
}

/** go-units `RAMInBytes`: `64m` → 67108864 (binary multiples). */
export function ramInBytes(text: string): number {
  return parseSize(text, BINARY_MAP);
}

/** go-units `FromHumanSize`: `64MB` → 64000000 (decimal multiples). */
export function fromHumanSize(text: string): number {
  return parseSize(text, DECIMAL_MAP);
}
