/**
 * A small, pure 64-bit string hash for opaque keys and data fingerprints (core may not import
 * node:crypto). Two 32-bit multiply-xorshift lanes with cyrb53's final mixing, widened to 64 bits:
 * fast (Math.imul only) and well spread, but NOT cryptographic: keys hide ids from casual reading,
 * they do not resist someone who can enumerate candidate ids.
 */
export function hashLanes(text: string, seed = 0): [number, number] {
  const hasher = createHasher(seed);
  feedText(hasher, text);
  return finishHash(hasher);
}

/**
 * The same hash fed piece by piece: hashing a response field by field allocates no canonical
 * string (the report's one pass hashes every response; measured: building the string cost more
 * than the theme matching).
 */
export interface Hasher {
  h1: number;
  h2: number;
}

export function createHasher(seed = 0): Hasher {
  return { h1: 0xdeadbeef ^ seed, h2: 0x41c6ce57 ^ seed };
}

export function feedCode(hasher: Hasher, code: number): void {
  hasher.h1 = Math.imul(hasher.h1 ^ code, 2_654_435_761);
  hasher.h2 = Math.imul(hasher.h2 ^ code, 1_597_334_677);
}

export function feedText(hasher: Hasher, text: string): void {
  // Locals, not property writes, in the per-character loop: it runs over every comment.
  let { h1, h2 } = hasher;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2_654_435_761);
    h2 = Math.imul(h2 ^ code, 1_597_334_677);
  }
  hasher.h1 = h1;
  hasher.h2 = h2;
}

/**
 * A field: absent, or its length then its characters, so that no value can forge the boundary
 * between two fields. Other numbers (weights) are fed as their shortest decimal text.
 */
export function feedField(hasher: Hasher, value: string | number | undefined): void {
  if (value === undefined) {
    feedCode(hasher, 0x1_0000);
    return;
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) {
    // Integers (scores, epoch milliseconds) as two 32-bit halves: no number-to-text conversion
    // on the hot path (it cost more than hashing the comment).
    feedCode(hasher, 0x3_0000);
    feedCode(hasher, value % 0x1_0000_0000);
    feedCode(hasher, Math.floor(value / 0x1_0000_0000));
    return;
  }
  const text = typeof value === 'number' ? String(value) : value;
  feedCode(hasher, 0x2_0000 + text.length);
  feedText(hasher, text);
}

export function finishHash(hasher: Hasher): [number, number] {
  let { h1, h2 } = hasher;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2_246_822_507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3_266_489_909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2_246_822_507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3_266_489_909);
  return [h1 >>> 0, h2 >>> 0];
}

/**
 * Feeds the characters of String(value), without making the string: the card key of every verbatim
 * hashes its time (epoch ms) and score as text. Integers are spelled digit by digit.
 */
export function feedDecimal(hasher: Hasher, value: number): void {
  if (!Number.isSafeInteger(value)) {
    feedText(hasher, String(value));
    return;
  }
  let rest = value;
  if (rest < 0) {
    feedCode(hasher, 0x2d);
    rest = -rest;
  }
  // Digits from the last, with exact integer arithmetic (% and division by 10 of a safe integer).
  let count = 0;
  do {
    digits[count++] = rest % 10;
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  while (count > 0) feedCode(hasher, 0x30 + (digits[--count] as number));
}

const digits = new Array<number>(16).fill(0);

export function lanesToHex(lanes: readonly [number, number]): string {
  const [low, high] = lanes;
  // One string of 16 character codes: measured 3-4x faster than two toString(16).padStart(8) per key,
  // which the report computes for every verbatim.
  return String.fromCharCode(
    hexDigit(high >>> 28),
    hexDigit((high >>> 24) & 15),
    hexDigit((high >>> 20) & 15),
    hexDigit((high >>> 16) & 15),
    hexDigit((high >>> 12) & 15),
    hexDigit((high >>> 8) & 15),
    hexDigit((high >>> 4) & 15),
    hexDigit(high & 15),
    hexDigit(low >>> 28),
    hexDigit((low >>> 24) & 15),
    hexDigit((low >>> 20) & 15),
    hexDigit((low >>> 16) & 15),
    hexDigit((low >>> 12) & 15),
    hexDigit((low >>> 8) & 15),
    hexDigit((low >>> 4) & 15),
    hexDigit(low & 15),
  );
}

function hexDigit(nibble: number): number {
  return nibble + (nibble < 10 ? 0x30 : 0x57);
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** 16 lower-case hex digits. */
export function hash64(text: string, seed = 0): string {
  return lanesToHex(hashLanes(text, seed));
}

/**
 * A fingerprint of a multiset of strings: the sum (mod 2^32, per lane) of their hashes, so that the
 * order in which responses arrive does not change it, and no sort of 100k hashes is needed.
 */
export interface FingerprintAccumulator {
  count: number;
  lane1: number;
  lane2: number;
}

export function createFingerprint(): FingerprintAccumulator {
  return { count: 0, lane1: 0, lane2: 0 };
}

export function addToFingerprint(accumulator: FingerprintAccumulator, lanes: readonly [number, number]): void {
  const [h1, h2] = lanes;
  accumulator.count += 1;
  accumulator.lane1 = (accumulator.lane1 + h1) >>> 0;
  accumulator.lane2 = (accumulator.lane2 + h2) >>> 0;
}

export function fingerprintOf(accumulator: FingerprintAccumulator): string {
  return hash64(`${accumulator.count}:${hex32(accumulator.lane1)}:${hex32(accumulator.lane2)}`);
}
