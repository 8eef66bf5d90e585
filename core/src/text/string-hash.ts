/**
 * The 32-bit hash of the hand-written hash tables (id-registry.ts, stats/interner.ts): FNV-1a over
 * the UTF-16 code units, then MurmurHash3's finalizer, since FNV's high bits never reach the low
 * bits that choose a slot. Not for anything that must resist an adversary.
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function stringHash(text: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return finalizedHash(hash);
}

export function finalizedHash(hash: number): number {
  let mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return mixed ^ (mixed >>> 16);
}
