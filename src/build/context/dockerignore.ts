/**
 * @module
 * Reading a `.dockerignore` file (moby `patternmatcher/ignorefile.ReadAll`): a UTF-8 BOM is
 * dropped, lines starting with `#` are comments, every other line is trimmed, cleaned like a path
 * (`./a//b/` → `a/b`) and loses a leading `/` (the context root is both root and working
 * directory); a leading `!` (an exception) is kept in front.
 * See https://docs.docker.com/build/concepts/context/#dockerignore-files.
 */
import { cleanPath } from '../../core/go-path.js';
import { trimSpace } from '../go/unicode.js';

/** The patterns of a `.dockerignore` file, in order. */
export function readDockerignore(text: string): string[] {
  const patterns: string[] = [];
  const lines = (text.startsWith('\ufeff') ? text.slice(1) : text).split('\n');
  // Go's line scanner drops one trailing newline and a \r before each newline.
  if (lines[lines.length - 1] === '') lines.pop();
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('#')) continue;
    let pattern = trimSpace(line);
    if (pattern === '') continue;
    const invert = pattern.startsWith('!');
    if (invert) pattern = trimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  }
  return patterns;
}
