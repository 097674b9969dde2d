/**
 * @module
 * Sizes as Docker prints them (docker/go-units): decimal units (`kB`, `MB`, `GB`…, base 1000)
 * with a number of significant digits — `HumanSize` (4 digits) in progress bars,
 * `HumanSizeWithPrecision(…, 3)` in `docker images`.
 */

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** go-units `HumanSizeWithPrecision`: `7.8MB`, `388B`, `1.234kB`. */
export function humanSizeWithPrecision(size: number, precision: number): string {
  let i = 0;
  let value = size;
  while (value >= 1000 && i < DECIMAL_UNITS.length - 1) {
    value /= 1000;
    i++;
  }
  // Go's %.<p>g: p significant digits, trailing zeros dropped.
  return `${parseFloat(value.toPrecision(precision))}${DECIMAL_UNITS[i]}`;
}

/** go-units `HumanSize` (4 significant digits). */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}
