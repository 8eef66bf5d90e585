import type { Category } from './model.ts';
import type { Random } from './random.ts';

/**
 * Repeat respondents: about one response in seven comes from a customer who answered before, in an
 * earlier month, so the migration matrix (promoter -> passive...) has content. Memory is bounded:
 * a cooling queue (recent respondents, not yet eligible) and a fixed-size pool of past ones, so a
 * million responses stream without keeping every customer.
 */
export interface Respondent {
  id: string;
  language: 'fr' | 'en';
  /** The store of a customer met in store, who comes back to it. */
  store: string | undefined;
  region: string;
  lastDay: number;
  lastCategory: Category;
}

const POOL_SIZE = 20_000;
/** A customer answers again at least this many days later (a new purchase, a new survey). */
const COOLING_DAYS = 35;

export interface RespondentRegistry {
  /** A past respondent to reuse, or undefined for a new customer. */
  returning(random: Random, today: number): Respondent | undefined;
  newId(): string;
  /** Records an answer (new or returning respondent). */
  answered(respondent: Respondent): void;
}

export function createRespondents(options: { expected: number; returnRate: number }): RespondentRegistry {
  // Ids look random but are unique: k -> (k * a + b) mod 10^width is a bijection when a is prime
  // to 10; a near 0.618 * 10^width (the golden ratio) scatters consecutive customers far apart.
  const width = Math.max(6, String(Math.ceil(options.expected * 1.2)).length);
  const modulus = 10 ** width;
  let multiplier = Math.floor(modulus * 0.6180339887);
  while (multiplier % 2 === 0 || multiplier % 5 === 0) multiplier++;
  let issued = 0;
  const cooling: Respondent[] = [];
  let coolingHead = 0;
  const pool: Respondent[] = [];

  function admit(today: number, random: Random): void {
    while (coolingHead < cooling.length && (cooling[coolingHead] as Respondent).lastDay <= today - COOLING_DAYS) {
      const respondent = cooling[coolingHead++] as Respondent;
      if (pool.length < POOL_SIZE) pool.push(respondent);
      else pool[random.int(0, POOL_SIZE - 1)] = respondent;
    }
    // Compact the queue now and then instead of shifting it on every admission.
    if (coolingHead > 4096) {
      cooling.splice(0, coolingHead);
      coolingHead = 0;
    }
  }

  return {
    returning(random, today) {
      admit(today, random);
      if (pool.length === 0 || !random.chance(options.returnRate)) return undefined;
      const index = random.int(0, pool.length - 1);
      const respondent = pool[index] as Respondent;
      pool[index] = pool[pool.length - 1] as Respondent;
      pool.pop();
      return respondent;
    },
    newId() {
      if (issued >= modulus) throw new Error('respondent ids exhausted');
      // BigInt: the product outgrows 2^53 exactly (no rounding, so no collision) for widths of 9+ digits.
      const number = Number((BigInt(issued++) * BigInt(multiplier) + 104_729n) % BigInt(modulus));
      return `C-${String(number).padStart(width, '0')}`;
    },
    answered(respondent) {
      cooling.push(respondent);
    },
  };
}
