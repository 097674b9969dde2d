/**
 * @module
 * Word splitting after substitution (BuildKit `shell/lex.go` `wordsStruct`): unquoted whitespace,
 * including whitespace that came out of a variable, separates words; quoted text and escaped
 * characters never do. So with `A="x  y"`, `$A` is two words and `"$A"` is one.
 */
import { isSpace } from '../go/unicode.js';

/** Accumulates characters into words, as the lexer produces them. */
export class WordCollector {
  private readonly words: string[] = [];
  private buf = '';
  private inWord = false;

  /** An unquoted character: whitespace ends the current word. */
  addChar(ch: string): void {
    if (isSpace(ch)) {
      if (this.inWord && this.buf !== '') {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else {
      this.addRawChar(ch);
    }
  }

  /** A character that belongs to the word whatever it is (escaped or quoted). */
  addRawChar(ch: string): void {
    this.buf += ch;
    this.inWord = true;
  }

  /** Unquoted text (a variable's value): split on its whitespace. */
  addString(text: string): void {
    for (const ch of text) this.addChar(ch);
  }

  /** Quoted text: appended as is. */
  addRawString(text: string): void {
    this.buf += text;
    this.inWord = true;
  }

  /** The words collected; a pending non-empty word is included. */
  finish(): string[] {
    if (this.buf !== '') {
      this.words.push(this.buf);
      this.buf = '';
      this.inWord = false;
    }
    return this.words;
  }
}
