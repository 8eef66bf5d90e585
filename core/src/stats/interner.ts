import { stringHash } from '../text/string-hash.ts';

/**
 * Strings to small integers (0, 1, 2... in first-seen order), for the respondent ids of migration.
 *
 * Why not a Map: a million lookups of 670k distinct ids freshly cut from a CSV cost 0.9 s in a Map
 * and about as much in a null-prototype object (V8 interns each key in its string table first):
 * every lookup misses the cache several times. Here the table is two typed arrays probed linearly
 * with the hash of the id registry (text/string-hash.ts), and the stored string is read only when the full hash matches, so a new id
 * costs one cache miss and a known one two. scripts/bench/ids.ts times it against a Map.
 */
export class StringInterner {
  /** Index + 1 of the string in each slot, 0 when empty. */
  private slots = new Int32Array(1 << 12);
  /** The full hash of each slot's string. */
  private hashes = new Int32Array(1 << 12);
  private readonly strings: string[] = [];

  get size(): number {
    return this.strings.length;
  }

  /** The strings, by index. */
  values(): readonly string[] {
    return this.strings;
  }

  /** The index of `text`, given on its first call. */
  intern(text: string): number {
    const hash = stringHash(text);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry === 0) {
        const index = this.strings.push(text) - 1;
        this.slots[slot] = index + 1;
        this.hashes[slot] = hash;
        // At most half full: probe sequences stay short.
        if (this.strings.length * 2 > this.slots.length) this.grow();
        return index;
      }
      if (this.hashes[slot] === hash && this.strings[entry - 1] === text) return entry - 1;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const hashes = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let old = 0; old < this.slots.length; old++) {
      const entry = this.slots[old] as number;
      if (entry === 0) continue;
      const hash = this.hashes[old] as number;
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
      hashes[slot] = hash;
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}
