/**
 * Zone-file lexer (RFC 1035 §5.1 with BIND's behaviour).
 *
 * Splits the text into *entries*: one logical line each (a record or a directive), where
 * parentheses let an entry span several physical lines. Comments are dropped, quoted strings are
 * one token, `\X` / `\DDD` escapes stay inside their token. Every token keeps its exact offsets.
 *
 * Speed: token objects and the Entry are reused from one entry to the next, so an entry is valid
 * only until the next call to `next()` (the parser copies what it keeps). A token's `text` is cut
 * from the file only when read: the parser reads TTLs, classes, types and addresses from the file's
 * characters (`Token.src` and the offsets), so most tokens of a record never become strings.
 *
 * Architecture invariant: the lexer never throws. Problems (unbalanced parentheses, unterminated
 * strings) are reported through `onError` with the range of the offending character, and the lexer
 * carries on with the next entry.
 */
import type { RdToken } from './rdata/api';

export interface Entry {
  /** Tokens of the entry; parentheses and comments removed. */
  tokens: Token[];
  /** True when the entry's first physical line starts with white space (blank owner). */
  blankOwner: boolean;
  /** Offset of the first token. */
  start: number;
  /** Offset just past the last token. */
  end: number;
}

export type LexError = (code: string, message: string, start: number, end: number) => void;

const SPACE = 32, TAB = 9, LF = 10, CR = 13, SEMI = 59, LPAREN = 40, RPAREN = 41, QUOTE = 34, BACKSLASH = 92, DOLLAR = 36;

/** What ends a word (1) and what escapes the next character (2), by character code below 128. */
const WORD_STOP = new Uint8Array(128);
for (const c of [SPACE, TAB, LF, CR, SEMI, LPAREN, RPAREN, QUOTE]) WORD_STOP[c] = 1;
WORD_STOP[BACKSLASH] = 2;

/** A token of the file: its text is cut from `src` when first read. */
export class Token implements RdToken {
  private cut: string | undefined = undefined;
  constructor(
    /** The file's text. */
    public src: string,
    public start: number,
    public end: number,
    public quoted: boolean,
    /** The range of `text` in `src`: the whole token, or a quoted string's content. */
    public textStart: number,
    public textEnd: number,
  ) {}
  get text(): string {
    const c = this.cut;
    return c !== undefined ? c : (this.cut = this.src.slice(this.textStart, this.textEnd));
  }
  /** A token whose text is not the file's (a $GENERATE substitution): `text` stands for itself. */
  static of(text: string, start: number, end: number, quoted: boolean): Token {
    const t = new Token(text, start, end, quoted, 0, text.length);
    t.cut = text;
    return t;
  }
  /** A copy that outlives the lexer's reuse of this token. */
  plain(): RdToken {
    return { text: this.text, start: this.start, end: this.end, quoted: this.quoted };
  }
  /** Reuse for another token of the same file. */
  reset(start: number, end: number, quoted: boolean, textStart: number, textEnd: number): void {
    this.start = start; this.end = end; this.quoted = quoted; this.textStart = textStart; this.textEnd = textEnd;
    this.cut = undefined;
  }
}

export class Lexer {
  private pos = 0;
  private readonly len: number;
  private readonly pool: Token[] = [];
  private readonly current: Entry = { tokens: [], blankOwner: false, start: 0, end: 0 };
  /**
   * The next backslash, CR and LF at or after some earlier position (the text's length when there
   * is none), found with `indexOf` and kept until the lexer passes them: quoted strings and comments
   * are skipped by native searches, and each search scans a stretch of the text only once.
   */
  private nextBackslash = -1;
  private nextCR = -1;
  private nextLF = -1;

  constructor(private readonly text: string, private readonly onError: LexError) {
    this.len = text.length;
  }

  /** The next entry, or undefined at the end of the text. */
  next(): Entry | undefined {
    const text = this.text;
    const len = this.len;
    let pos = this.pos;
    // A fresh small array per entry (cheaper than truncating a shared one); the token objects are reused.
    const tokens: Token[] = [];
    this.current.tokens = tokens;
    let depth = 0;
    let parenStart = -1;
    let blankOwner = false;
    let atLineStart = true;
    for (;;) {
      if (pos >= len) {
        if (depth > 0) this.onError('syntax-error', "unclosed '(': the record's parentheses never close", parenStart, parenStart + 1);
        this.pos = pos;
        return tokens.length > 0 ? this.entry(tokens, blankOwner) : undefined;
      }
      let c = text.charCodeAt(pos);
      if (atLineStart) {
        atLineStart = false;
        if (depth === 0) {
          blankOwner = c === SPACE || c === TAB;
        } else if (c === DOLLAR) {
          // Recovery: a directive at the start of a line inside parentheses means the '(' was never
          // closed. Report it and end the entry here so the rest of the file still parses.
          this.onError('syntax-error', "unclosed '(': a directive starts before the record's ')'", parenStart, parenStart + 1);
          if (tokens.length > 0) {
            this.pos = pos;
            return this.entry(tokens, blankOwner);
          }
          depth = 0;
          blankOwner = false;
        }
      }
      if (c === SPACE || c === TAB) { pos++; continue; }
      if (c === LF || c === CR) {
        pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
        atLineStart = true;
        if (depth === 0 && tokens.length > 0) {
          this.pos = pos;
          return this.entry(tokens, blankOwner);
        }
        continue;
      }
      if (c === SEMI) {
        pos = this.lineEnd(pos);
        continue;
      }
      if (c === LPAREN) {
        if (depth === 0) parenStart = pos;
        depth++;
        pos++;
        continue;
      }
      if (c === RPAREN) {
        if (depth === 0) this.onError('syntax-error', "unbalanced ')': no '(' is open", pos, pos + 1);
        else depth--;
        pos++;
        continue;
      }
      if (c === QUOTE) {
        const start = pos;
        pos++;
        const contentStart = pos;
        let closed = false;
        // The usual string has no escape and no line break before its closing quote: find it natively.
        const close = text.indexOf('"', pos);
        if (close >= 0 && this.backslashFrom(pos) > close && this.lineEnd(pos) > close) {
          pos = close;
          closed = true;
        }
        while (!closed && pos < len) {
          c = text.charCodeAt(pos);
          if (c === BACKSLASH) { pos += 2; continue; }
          if (c === QUOTE) { closed = true; break; }
          if (c === LF || c === CR) break;
          pos++;
        }
        if (pos > len) pos = len;
        const contentEnd = pos;
        if (closed) pos++;
        else this.onError('syntax-error', 'unterminated quoted string: the closing \'"\' is missing on this line', start, contentEnd);
        this.push(start, pos, true, contentStart, contentEnd);
        continue;
      }
      // A word: up to white space, a line break, a comment, a parenthesis or a quote; `\X` is literal.
      const start = pos;
      while (pos < len) {
        c = text.charCodeAt(pos);
        if (c < 128) {
          const stop = WORD_STOP[c];
          if (stop === 1) break;
          if (stop === 2) { pos += 2; continue; }
        }
        pos++;
      }
      if (pos > len) pos = len;
      this.push(start, pos, false, start, pos);
    }
  }

  /** Offset of the first backslash at or after `pos`, or the text's length. */
  private backslashFrom(pos: number): number {
    if (this.nextBackslash < pos) {
      const i = this.text.indexOf('\\', pos);
      this.nextBackslash = i < 0 ? this.len : i;
    }
    return this.nextBackslash;
  }

  /** Offset of the line break (CR or LF) that ends the line `pos` is on, or the text's length. */
  private lineEnd(pos: number): number {
    if (this.nextLF < pos) {
      const i = this.text.indexOf('\n', pos);
      this.nextLF = i < 0 ? this.len : i;
    }
    if (this.nextCR < pos) {
      const i = this.text.indexOf('\r', pos);
      this.nextCR = i < 0 ? this.len : i;
    }
    return this.nextLF < this.nextCR ? this.nextLF : this.nextCR;
  }

  private push(start: number, end: number, quoted: boolean, textStart: number, textEnd: number): void {
    const tokens = this.current.tokens;
    const n = tokens.length;
    // Token objects are reused entry after entry (the pool holds one per position).
    let t = this.pool[n];
    if (t === undefined) {
      t = new Token(this.text, start, end, quoted, textStart, textEnd);
      this.pool.push(t);
    } else {
      t.reset(start, end, quoted, textStart, textEnd);
    }
    tokens.push(t);
  }

  private entry(tokens: Token[], blankOwner: boolean): Entry {
    const e = this.current;
    e.blankOwner = blankOwner;
    e.start = tokens[0].start;
    e.end = tokens[tokens.length - 1].end;
    return e;
  }
}
