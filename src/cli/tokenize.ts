/**
 * @module
 * POSIX shell word splitting for a docker command line given as one string: blanks separate
 * words; single quotes keep everything literally; double quotes keep blanks and let a backslash
 * escape only `$`, `` ` ``, `"`, `\` and newline; an unquoted backslash escapes the next character
 * (and a backslash-newline joins lines); `#` at the start of a word starts a comment. No
 * expansion happens — variables, globs and `$(…)` are the shell's job, not the CLI's.
 */

/** A command line the shell could not split; `message` is dash's wording. */
export class ShellSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShellSyntaxError';
  }
}

/** Splits `line` into words as `sh` would before running the command. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    if (c === '#' && !inWord) {
      const nl = line.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
      continue;
    }
    if (c === '\\') {
      if (i + 1 >= line.length) {
        word += c;
        inWord = true;
        continue;
      }
      const next = line[++i]!;
      if (next === '\n') continue;
      word += next;
      inWord = true;
      continue;
    }
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError('Syntax error: Unterminated quoted string');
      word += line.slice(i + 1, end);
      i = end;
      inWord = true;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= line.length) throw new ShellSyntaxError('Syntax error: Unterminated quoted string');
        const d = line[j]!;
        if (d === '"') break;
        if (d === '\\' && j + 1 < line.length && '$`"\\\n'.includes(line[j + 1]!)) {
          if (line[j + 1] !== '\n') word += line[j + 1];
          j += 2;
          continue;
        }
        word += d;
        j++;
      }
      i = j;
      inWord = true;
      continue;
    }
    word += c;
    inWord = true;
  }
  if (inWord) words.push(word);
  return words;
}
