/**
 * @module
 * POSIX regular expressions as JavaScript ones: basic (BRE: `\(`, `\{`, `\|`, `\+` special,
 * `*` literal at the start) and extended (ERE), with bracket classes like `[[:digit:]]` and the
 * GNU word anchors `\<` `\>` — what grep and sed accept.
 */
import { POSIX_CLASSES } from '../shell/pattern.js';

/** Copies a bracket expression starting at `i` (which is `[`); returns [jsSource, nextIndex]. */
function bracket(p: string, i: number): [string, number] {
  let j = i + 1;
  let out = '[';
  if (p[j] === '^') {
    out += '^';
    j++;
  }
  if (p[j] === ']') {
    out += '\\]';
    j++;
  }
  for (; j < p.length; j++) {
    const c = p[j]!;
    if (c === ']') return [out + ']', j + 1];
    if (c === '[' && p[j + 1] === ':') {
      const end = p.indexOf(':]', j + 2);
      if (end > 0) {
        out += POSIX_CLASSES[p.slice(j + 2, end)] ?? '';
        j = end + 1;
        continue;
      }
    }
    out += c === '\\' ? '\\\\' : c === '[' ? '\\[' : c;
  }
  return ['\\[', i + 1];
}

/** Converts a POSIX regex (`extended` for ERE) to a JavaScript source. Throws SyntaxError when invalid. */
export function posixRegex(p: string, extended: boolean): string {
  let out = '';
  let atStart = true;
  for (let i = 0; i < p.length; ) {
    const c = p[i]!;
    if (c === '[') {
      const [src, next] = bracket(p, i);
      out += src;
      i = next;
      atStart = false;
      continue;
    }
    if (c === '\\' && i + 1 < p.length) {
      const e = p[i + 1]!;
      i += 2;
      if (e === '<' || e === '>') out += '\\b';
      else if (!extended && '(){}|+?'.includes(e)) out += e;
      else if (/[1-9]/.test(e)) out += `\\${e}`;
      else if ('wWsSbB'.includes(e)) out += `\\${e}`;
      else if (e === 'n') out += '\\n';
      else if (e === 't') out += '\\t';
      else out += /[\w\s]/.test(e) ? e : `\\${e}`;
      atStart = e === '(' && !extended;
      continue;
    }
    if (!extended && '(){}|+?'.includes(c)) out += `\\${c}`;
    else if (c === '*' && atStart) out += '\\*';
    else if (c === '{' && extended && !/^\{\d*(,\d*)?\}/.test(p.slice(i))) out += '\\{';
    else out += c;
    atStart = extended ? c === '(' || c === '|' : false;
    if (c === '^' && atStart === false && out.length === 1) atStart = true;
    i++;
  }
  new RegExp(out);
  return out;
}

/** Compiles a POSIX regex. */
export function compile(p: string, options: { readonly extended: boolean; readonly ignoreCase?: boolean; readonly allMatches?: boolean }): RegExp {
  return new RegExp(posixRegex(p, options.extended), `${options.ignoreCase ? 'i' : ''}${options.allMatches ? 'g' : ''}`);
}
