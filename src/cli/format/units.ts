/**
 * @module
 * docker/go-units, which the docker CLI prints every size and age through: `HumanDuration`
 * ("2 minutes", "About an hour"), `HumanSize` / `HumanSizeWithPrecision` (decimal: `4.59MB`),
 * `BytesSize` (binary: `1.5GiB`), and `RAMInBytes` / `FromHumanSize` for flags like `--memory 64m`.
 */
import { formatFloatG } from './go-float.js';
import { GoParseError, parseGoFloat } from '../grammar/go-strconv.js';

const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** go-units `HumanDuration` of a duration in milliseconds. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3_600_000) / 24 / 365)} years`;
}

function scaled(size: number, base: number, units: readonly string[]): [number, string] {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return [size, units[i]!];
}

/** go-units `HumanSizeWithPrecision`: decimal units, `%.<precision>g`. */
export function humanSizeWithPrecision(size: number, precision: number): string {
  const [value, unit] = scaled(size, 1000, DECIMAL);
  return formatFloatG(value, precision) + unit;
}

/** go-units `HumanSize`: decimal units with 4 significant digits (`1.234MB`). */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** go-units `BytesSize`: binary units with 4 significant digits (`1.5GiB`). */
export function bytesSize(size: number): string {
  const [value, unit] = scaled(size, 1024, BINARY);
  return formatFloatG(value, 4) + unit;
}

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
