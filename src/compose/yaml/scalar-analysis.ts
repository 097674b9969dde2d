/**
 * @module
 * libyaml's scalar analysis as go-yaml's emitter runs it (`yaml_emitter_analyze_scalar`): which
 * styles a string's content allows — plain (no indicators, no leading or trailing space, no line
 * breaks), single-quoted, literal block — in block context.
 */

/** A YAML line break. */
export const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
const isSpace = (c: number): boolean => c === 0x20;
const isBlank = (c: number | undefined): boolean => c === 0x20 || c === 0x09;
/** libyaml's `is_printable` (code points; 4-byte UTF-8 sequences are not printable to it). */
export const isPrintable = (c: number): boolean =>
  c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff);

/** What a scalar's content allows. */
export interface Analysis {
  readonly multiline: boolean;
  readonly plainAllowed: boolean;
  readonly singleAllowed: boolean;
  readonly blockAllowed: boolean;
}

/** libyaml's `yaml_emitter_analyze_scalar`, for block context. */
export function analyze(text: string): Analysis {
  if (text === '') return { multiline: false, plainAllowed: true, singleAllowed: true, blockAllowed: false };
  const cs = [...text].map((c) => c.codePointAt(0)!);
  let indicators = text.startsWith('---') || text.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let tabs = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  let precededByWhitespace = true;
  cs.forEach((c, i) => {
    const followedByWhitespace = i + 1 >= cs.length || isBlank(cs[i + 1]);
    const ch = String.fromCodePoint(c);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) indicators = true;
      else if ((ch === '?' || ch === ':' || ch === '-') && followedByWhitespace) indicators = true;
    } else if (ch === ':' && followedByWhitespace) indicators = true;
    else if (ch === '#' && precededByWhitespace) indicators = true;
    if (c === 0x09) tabs = true;
    else if (!isPrintable(c)) special = true;
    if (isSpace(c)) {
      if (i === 0) leadingSpace = true;
      if (i === cs.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === cs.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlank(c) || c === 0;
  });
  const plainAllowed = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || tabs || special || lineBreaks || indicators);
  return {
    multiline: lineBreaks,
    plainAllowed,
    singleAllowed: !(breakSpace || spaceBreak || tabs || special),
    blockAllowed: !(trailingSpace || spaceBreak || special),
  };
}
