/**
 * @module
 * go-units, as the daemon and the CLI print durations and sizes: `HumanDuration` ("Up 2 minutes",
 * "Exited (0) 3 seconds ago", "2 minutes ago"), `HumanSize` (decimal, "4.59MB") and `BytesSize`
 * (binary, "1.5GiB"), with Go's `%g` number formatting.
 */
import { formatFloatG } from './go-float.js';

/** Go's `fmt` `%.<precision>g` (see {@link formatFloatG}: exact digits, Go's round-half-even). */
export const formatG = (value: number, precision: number): string => formatFloatG(value, precision);

/** go-units `HumanDuration`: how Docker words an elapsed time (milliseconds). */
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

const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function customSize(size: number, precision: number, base: number, units: readonly string[]): string {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return `${formatFloatG(size, precision)}${units[i]}`;
}

/** go-units `HumanSizeWithPrecision`: decimal units (`docker images` uses precision 3). */
export function humanSize(bytes: number, precision = 4): string {
  return customSize(bytes, precision, 1000, DECIMAL);
}

/** go-units `BytesSize`: binary units (`docker stats` memory). */
export function bytesSize(bytes: number): string {
  return customSize(bytes, 4, 1024, BINARY);
}

/** go-units `HumanSizeWithPrecision` under its Go name. */
export function humanSizeWithPrecision(size: number, precision: number): string {
  return humanSize(size, precision);
}
