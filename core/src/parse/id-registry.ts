/**
 * Remembers every response id of a data set, across files, to report a duplicate with the place of
 * its first occurrence. Detection is exact: ids are compared character by character, the hash only
 * chooses where to look.
 *
 * Why hand-written and not a Map<string, number>: the Map was the second hottest function of the
 * 1M-row benchmark (scripts/bench/ingest.ts; 730 ms of 4.2 s in a CPU profile) and held a string
 * object, a boxed number and a hash entry per id (well over 100 MB at its peak while rehashing).
 * Here an id costs its characters in one shared Uint16Array plus three 32-bit slots (start, file,
 * line) and two to four table slots (entry and FNV-1a hash at a load of at most 1/2), and no object for the
 * garbage collector to trace. Measured with core/test/parse/id-registry.bench (1M ids like
 * "R-0000001"): see the figures in scripts/bench/ids.ts.
 */
export class IdRegistry {
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private lastFile = '';
  private lastFileIndex = -1;

  /**
   * Open addressing, linear probing. Slot s is table[2s] = entry index + 1 (0: empty) and
   * table[2s + 1] = the entry's hash, side by side so a probe reads one cache line.
   */
  private table = new Int32Array(2 << 12);
  private count = 0;
  /** Per entry, in insertion order. `starts` has one more slot: an id ends where the next begins. */
  private starts = new Int32Array((1 << 11) + 1);
  private fileOf = new Int32Array(1 << 11);
  private lineOf = new Uint32Array(1 << 11);
  /** The characters of every id, end to end. */
  private chars = new Uint16Array(1 << 14);

  /** Records the id; returns where it was first seen when it is a duplicate. */
  claim(id: string, file: string, line: number): { file: string; line: number } | undefined {
    const length = id.length;
    let hash = 0x811c9dc5;
    for (let k = 0; k < length; k++) hash = Math.imul(hash ^ id.charCodeAt(k), 0x01000193);
    // FNV's high bits never reach its low bits, which choose the slot: mix them down (MurmurHash3's finalizer).
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    hash ^= hash >>> 16;
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
    if (end > this.chars.length) this.chars = grown(this.chars, end);
    const chars = this.chars;
    for (let k = 0; k < id.length; k++) chars[start + k] = id.charCodeAt(k);
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
    this.starts = resized(this.starts, new Int32Array(capacity + 1));
    this.fileOf = resized(this.fileOf, new Int32Array(capacity));
    this.lineOf = resized(this.lineOf, new Uint32Array(capacity));
  }

  private rehash(size: number): void {
    const old = this.table;
    const table = new Int32Array(2 * size);
    const mask = size - 1;
    for (let from = 0; from < old.length; from += 2) {
      const entry = old[from] as number;
      if (entry === 0) continue;
      const hash = old[from + 1] as number;
      let slot = hash & mask;
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = entry;
      table[2 * slot + 1] = hash;
    }
    this.table = table;
  }
}

function resized<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function grown(chars: Uint16Array, atLeast: number): Uint16Array {
  let size = chars.length * 2;
  while (size < atLeast) size *= 2;
  const next = new Uint16Array(size);
  next.set(chars);
  return next;
}
