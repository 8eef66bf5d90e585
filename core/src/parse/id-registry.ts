import { FNV_OFFSET, FNV_PRIME, finalizedHash, stringHash } from '../text/string-hash.ts';

/**
 * Remembers every response id of a data set, across files, to report a duplicate with the place of
 * its first occurrence. Detection is exact: ids are compared character by character; a hash only
 * chooses where to look.
 *
 * Why hand-written and not a Map<string, number>: on the 1M-row benchmark (scripts/bench/ingest.ts)
 * the Map cost about 1 s of CPU on top of tokenizing (the second hottest function of the profile)
 * and held a string object, a boxed number and a hash entry per id. Here an id costs its
 * characters in one shared byte array (two bytes per character once an id needs them) and three
 * 32-bit numbers (start, file, line), with nothing for the garbage collector to trace.
 * scripts/bench/ids.ts, 1M ids, median CPU time on the shared 2-core machine: in increasing order
 * 58 ms against 534 ms for the Map; shuffled (the hash table) 758 ms against 961 ms.
 *
 * Exports usually list ids in increasing order (sequential ids, or ids sorted with the rows). As
 * long as every id is greater than the one before, it cannot be a duplicate, so it is only
 * appended: no hash, no random access into a table of many megabytes. The first id out of order
 * builds the hash table from what was appended, and every later id goes through it.
 */
export class IdRegistry {
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private lastFile = '';
  private lastFileIndex = -1;

  /** True while every id was greater than the one before: the table is not built yet. */
  private ascending = true;
  private lastId = '';
  /**
   * Open addressing, linear probing. Slot s is table[2s] = entry index + 1 (0: empty) and
   * table[2s + 1] = the entry's hash, side by side so a probe reads one cache line.
   */
  private table = new Int32Array(0);
  private count = 0;
  /** Per entry, in insertion order. `starts` has one more slot: an id ends where the next begins. */
  private starts = new Int32Array((1 << 10) + 1);
  private fileOf = new Int32Array(1 << 10);
  private lineOf = new Uint32Array(1 << 10);
  /** The characters of every id, end to end: one byte each until an id has a character above U+00FF. */
  private chars: Uint8Array | Uint16Array = new Uint8Array(1 << 14);

  /** Records the id; returns where it was first seen when it is a duplicate. */
  claim(id: string, file: string, line: number): { file: string; line: number } | undefined {
    if (this.ascending) {
      if (this.count === 0 || id > this.lastId) {
        this.lastId = id;
        this.add(id, this.indexOf(file), line);
        return undefined;
      }
      this.ascending = false;
      this.lastId = '';
      this.rehash(tableSizeFor(this.count + 1));
    }
    const hash = stringHash(id);
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = table[2 * slot] as number;
      if (entry === 0) break;
      if (table[2 * slot + 1] === hash && this.holds(entry - 1, id)) {
        return { file: this.files[this.fileOf[entry - 1] as number] ?? file, line: this.lineOf[entry - 1] as number };
      }
      slot = (slot + 1) & mask;
    }
    this.add(id, this.indexOf(file), line);
    table[2 * slot] = this.count;
    table[2 * slot + 1] = hash;
    // Grown after the insertion so `slot` stayed valid; the load factor stays at most 1/2.
    if (this.count > mask >> 1) this.rehash((mask + 1) * 2);
    return undefined;
  }

  /** True when entry `entry` is exactly `id`. */
  private holds(entry: number, id: string): boolean {
    const start = this.starts[entry] as number;
    if ((this.starts[entry + 1] as number) - start !== id.length) return false;
    const chars = this.chars;
    for (let k = 0; k < id.length; k++) if (chars[start + k] !== id.charCodeAt(k)) return false;
    return true;
  }

  private add(id: string, file: number, line: number): void {
    const entry = this.count;
    if (entry + 1 >= this.fileOf.length) this.growEntries();
    const start = this.starts[entry] as number;
    const end = start + id.length;
    if (end > this.chars.length) this.chars = resized(this.chars, end, this.chars instanceof Uint16Array);
    let chars = this.chars;
    for (let k = 0; k < id.length; k++) {
      const code = id.charCodeAt(k);
      if (code > 0xff && chars instanceof Uint8Array) {
        chars = resized(chars, chars.length, true);
        this.chars = chars;
      }
      chars[start + k] = code;
    }
    this.fileOf[entry] = file;
    this.lineOf[entry] = line;
    this.starts[entry + 1] = end;
    this.count = entry + 1;
  }

  private indexOf(file: string): number {
    if (file === this.lastFile && this.lastFileIndex >= 0) return this.lastFileIndex;
    let index = this.fileIndex.get(file);
    if (index === undefined) {
      index = this.files.length;
      this.files.push(file);
      this.fileIndex.set(file, index);
    }
    this.lastFile = file;
    this.lastFileIndex = index;
    return index;
  }

  private growEntries(): void {
    const capacity = this.fileOf.length * 2;
    this.starts = copied(this.starts, new Int32Array(capacity + 1));
    this.fileOf = copied(this.fileOf, new Int32Array(capacity));
    this.lineOf = copied(this.lineOf, new Uint32Array(capacity));
  }

  /** Builds a table of `size` slots from the entries (when the order breaks, and when it fills up). */
  private rehash(size: number): void {
    const table = new Int32Array(2 * size);
    const mask = size - 1;
    const { chars, starts } = this;
    for (let entry = 0; entry < this.count; entry++) {
      const hash = hashOfChars(chars, starts[entry] as number, starts[entry + 1] as number);
      let slot = hash & mask;
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = entry + 1;
      table[2 * slot + 1] = hash;
    }
    this.table = table;
  }
}

/** stringHash, over characters stored in the registry. */
function hashOfChars(chars: Uint8Array | Uint16Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ (chars[k] as number), FNV_PRIME);
  return finalizedHash(hash);
}

/** The smallest power of 2 at least twice `count` (a load factor of at most 1/2). */
function tableSizeFor(count: number): number {
  let size = 1 << 10;
  while (size < 2 * count) size *= 2;
  return size;
}

function copied<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** A copy of the characters with room for `atLeast` of them (grown by half), two bytes each when `wide`. */
function resized(chars: Uint8Array | Uint16Array, atLeast: number, wide: boolean): Uint8Array | Uint16Array {
  let size = chars.length;
  while (size < atLeast) size = Math.ceil(size * 1.5);
  const next = wide ? new Uint16Array(size) : new Uint8Array(size);
  next.set(chars);
  return next;
}
