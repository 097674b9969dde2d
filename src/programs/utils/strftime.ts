/**
 * @module
 * strftime(3) in UTC (containers run with TZ unset, i.e. UTC): the conversions `date +FORMAT`
 * uses, including `%s` (epoch seconds) and `%N` (nanoseconds).
 */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats epoch milliseconds `ms` by `format`. */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, w = 2, c = '0'): string => String(n).padStart(w, c);
  const yday = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
  const hour12 = d.getUTCHours() % 12 || 12;
  const conv = (c: string): string => {
    switch (c) {
      case 'a':
        return DAYS[d.getUTCDay()]!.slice(0, 3);
      case 'A':
        return DAYS[d.getUTCDay()]!;
      case 'b':
      case 'h':
        return MONTHS[d.getUTCMonth()]!.slice(0, 3);
      case 'B':
        return MONTHS[d.getUTCMonth()]!;
      case 'c':
        return strftime('%a %b %e %H:%M:%S %Y', ms);
      case 'C':
        return pad(Math.floor(d.getUTCFullYear() / 100));
      case 'd':
        return pad(d.getUTCDate());
      case 'D':
        return strftime('%m/%d/%y', ms);
      case 'e':
        return pad(d.getUTCDate(), 2, ' ');
      case 'F':
        return strftime('%Y-%m-%d', ms);
      case 'H':
        return pad(d.getUTCHours());
      case 'I':
        return pad(hour12);
      case 'j':
        return pad(yday, 3);
      case 'k':
        return pad(d.getUTCHours(), 2, ' ');
      case 'l':
        return pad(hour12, 2, ' ');
      case 'm':
        return pad(d.getUTCMonth() + 1);
      case 'M':
        return pad(d.getUTCMinutes());
      case 'n':
        return '\n';
      case 'N':
        return pad((ms % 1000) * 1_000_000, 9);
      case 'p':
        return d.getUTCHours() < 12 ? 'AM' : 'PM';
      case 'P':
        return d.getUTCHours() < 12 ? 'am' : 'pm';
      case 'r':
        return strftime('%I:%M:%S %p', ms);
      case 'R':
        return strftime('%H:%M', ms);
      case 's':
        return String(Math.floor(ms / 1000));
      case 'S':
        return pad(d.getUTCSeconds());
      case 't':
        return '\t';
      case 'T':
        return strftime('%H:%M:%S', ms);
      case 'u':
        return String(d.getUTCDay() || 7);
      case 'w':
        return String(d.getUTCDay());
      case 'x':
        return strftime('%m/%d/%y', ms);
      case 'X':
        return strftime('%H:%M:%S', ms);
      case 'y':
        return pad(d.getUTCFullYear() % 100);
      case 'Y':
        return String(d.getUTCFullYear());
      case 'z':
        return '+0000';
      case 'Z':
        return 'UTC';
      case '%':
        return '%';
      default:
        return `%${c}`;
    }
  };
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === '%' && i + 1 < format.length) {
      let next = format[++i]!;
      if ((next === '-' || next === '_' || next === '0') && i + 1 < format.length) {
        const flag = next;
        next = format[++i]!;
        const v = conv(next);
        out += flag === '-' ? v.replace(/^[0 ]+(?=.)/, '') : flag === '_' ? v.replace(/^0/, ' ') : v.replace(/^ /, '0');
        continue;
      }
      if (next === ':' && format[i + 1] === 'z') {
        i++;
        out += '+00:00';
        continue;
      }
      out += conv(next);
    } else out += c;
  }
  return out;
}
