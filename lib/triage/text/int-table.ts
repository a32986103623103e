// A hash table from 32-bit keys (token hashes) to small non-negative integers, in two typed arrays
// with open addressing. Every scored comment asks the word lists about each of its tokens several
// times; a JavaScript Map or Set of numbers answers in about twice the time of one multiply and a
// probe or two here.

const EMPTY = -1;

/** Start slot of a key: Fibonacci hashing, the product's high bits folded onto its low ones. */
function spread(key: number): number {
  const x = Math.imul(key, 0x9e3779b1);
  return x ^ (x >>> 15);
}

export class IntTable {
  private keys = new Int32Array(16);
  private values = new Int32Array(16).fill(EMPTY);
  private mask = 15;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The value under `key` (read as a 32-bit integer, as stored), or -1 when there is none. */
  get(key: number): number {
    key |= 0;
    const keys = this.keys;
    const values = this.values;
    const mask = this.mask;
    let slot = spread(key);
    for (;;) {
      slot &= mask;
      const v = values[slot];
      if (v === EMPTY || keys[slot] === key) return v;
      slot++;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== EMPTY;
  }

  /** Stores `value` (≥ 0) under `key`, replacing what was there. */
  set(key: number, value: number): void {
    if (!(value >= 0 && value <= 0x7fffffff && Number.isInteger(value)))
      throw new RangeError(`IntTable values are non-negative 31-bit integers, got ${value}`);
    if (2 * (this.count + 1) > this.values.length) this.grow();
    this.place(key | 0, value);
  }

  private place(key: number, value: number): void {
    let slot = spread(key);
    for (;;) {
      slot &= this.mask;
      const v = this.values[slot];
      if (v === EMPTY) {
        this.keys[slot] = key;
        this.values[slot] = value;
        this.count++;
        return;
      }
      if (this.keys[slot] === key) {
        this.values[slot] = value;
        return;
      }
      slot++;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const size = values.length * 2;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < values.length; i++) if (values[i] !== EMPTY) this.place(keys[i], values[i]);
  }
}

/** A set of 32-bit keys (token hashes): an IntTable whose values are all 0. */
export class IntSet {
  private table = new IntTable();

  constructor(keys: Iterable<number> = []) {
    for (const key of keys) this.table.set(key, 0);
  }

  get size(): number {
    return this.table.size;
  }

  add(key: number): this {
    this.table.set(key, 0);
    return this;
  }

  has(key: number): boolean {
    return this.table.get(key) === 0;
  }
}

/** 32-bit keys (token hashes) to lists of values: the word lists' "every entry with this hash". */
export class IntMultiMap<T> {
  private table = new IntTable();
  private lists: T[][] = [];

  add(key: number, value: T): void {
    const at = this.table.get(key);
    if (at >= 0) this.lists[at].push(value);
    else {
      this.table.set(key, this.lists.length);
      this.lists.push([value]);
    }
  }

  /** The values under `key` in the order added, or undefined when there are none. */
  get(key: number): readonly T[] | undefined {
    const at = this.table.get(key);
    return at >= 0 ? this.lists[at] : undefined;
  }
}
