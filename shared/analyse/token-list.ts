import type { TokenList } from './types.js';

/** Grows the parallel arrays of a token list as tokens are added (used by the tokenizer). */
export class TokenListBuilder implements TokenList {
  length = 0;
  readonly norm: string[] = [];
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  sent: Int32Array;
  clause: Int32Array;
  value: Float64Array;
  hash: Int32Array;

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.sent = new Int32Array(capacity);
    this.clause = new Int32Array(capacity);
    this.value = new Float64Array(capacity);
    this.hash = new Int32Array(capacity);
  }

  /** Adds a token; `hash` is `wordHash(norm)` for words, ideographs and symbols, 0 otherwise. */
  push(
    norm: string,
    start: number,
    end: number,
    kind: number,
    sent: number,
    clause: number,
    value: number,
    hash: number,
  ): void {
    const i = this.length;
    if (i === this.start.length) this.grow();
    this.norm.push(norm);
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.sent[i] = sent;
    this.clause[i] = clause;
    this.value[i] = value;
    this.hash[i] = hash;
    this.length = i + 1;
  }

  private grow(): void {
    const size = this.start.length * 2 + 16;
    const copy = <T extends Int32Array | Uint8Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.kind = copy(this.kind, new Uint8Array(size));
    this.sent = copy(this.sent, new Int32Array(size));
    this.clause = copy(this.clause, new Int32Array(size));
    this.value = copy(this.value, new Float64Array(size));
    this.hash = copy(this.hash, new Int32Array(size));
  }
}
