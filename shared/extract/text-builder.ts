/**
 * Builds plain text from a stream of inline text runs and block breaks, the way a browser lays text
 * out: runs of white space become one space, a line break is `\n`, a paragraph break a blank line, and
 * breaks never pile up. Shared by the HTML-string converter and the DOM walker so both give one format.
 */

/** Break strength: 1 = new line (`<br>`, `<li>`, `<div>`), 2 = new paragraph (`<p>`, headings, lists). */
export type BreakStrength = 1 | 2;

const WHITE_SPACE = /\s+/g;

/** Accumulates text up to a length limit; see the module comment. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private pendingBreak = 0;
  private pendingSpace = false;
  private truncated = false;

  /** @param limit longest text kept, in UTF-16 code units; the rest is dropped. */
  constructor(private readonly limit: number) {}

  /** True once the limit is reached: callers stop walking. */
  get full(): boolean {
    return this.truncated || this.length >= this.limit;
  }

  /** Adds an inline run of text; white space inside it collapses to single spaces. */
  text(run: string): void {
    if (this.full || run === '') return;
    const collapsed = run.replace(WHITE_SPACE, ' ');
    if (collapsed === ' ') {
      this.pendingSpace = true;
      return;
    }
    const start = collapsed.startsWith(' ') ? 1 : 0;
    const trailing = collapsed.endsWith(' ');
    const words = collapsed.slice(start, trailing ? -1 : undefined);
    if (start === 1) this.pendingSpace = true;
    if (this.length > 0) {
      if (this.pendingBreak > 0) this.push(this.pendingBreak === 2 ? '\n\n' : '\n');
      else if (this.pendingSpace) this.push(' ');
    }
    this.pendingBreak = 0;
    this.pendingSpace = trailing;
    this.push(words);
  }

  /** Marks a line or paragraph break before the next text (none at the start, the strongest wins). */
  brk(strength: BreakStrength): void {
    if (strength > this.pendingBreak) this.pendingBreak = strength;
    this.pendingSpace = false;
  }

  /** The text so far. */
  toString(): string {
    return this.parts.join('');
  }

  private push(piece: string): void {
    const room = this.limit - this.length;
    if (room <= 0) return;
    let kept = piece;
    if (piece.length > room) {
      this.truncated = true;
      kept = piece.slice(0, room);
      // Never end on half a surrogate pair.
      const last = kept.charCodeAt(kept.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) kept = kept.slice(0, -1);
    }
    this.parts.push(kept);
    this.length += kept.length;
  }
}

/** Collapses all white space (line breaks included) to single spaces and trims: for one-line fields. */
export function oneLine(text: string, limit: number): string {
  const line = text.replace(WHITE_SPACE, ' ').trim();
  return line.length > limit ? line.slice(0, limit).trimEnd() : line;
}
