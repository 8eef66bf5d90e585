import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/**
 * The only source of randomness of the generator: a seeded xoroshiro128+ (pure-rand's
 * recommendation), never Math.random, so a seed always gives the same bytes. `stream(n)` gives
 * independent generators (2^64 steps apart): the structure (dates, scores) and the wording of
 * comments draw from different streams, so rewording a template does not reshuffle the scores.
 */
export interface Random {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An index drawn with probability proportional to its weight. */
  weighted(weights: readonly number[]): number;
}

export function createRandom(seed: number, stream = 0): Random {
  const generator: JumpableRandomGenerator = xoroshiro128plus(seed);
  for (let jump = 0; jump < stream; jump++) generator.jump();
  const float = (): number => uniformFloat64(generator);
  return {
    float,
    int: (min, max) => uniformInt(generator, min, max),
    chance: (probability) => float() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[uniformInt(generator, 0, items.length - 1)] as T;
    },
    weighted(weights) {
      let total = 0;
      for (const weight of weights) total += weight;
      let target = float() * total;
      for (let index = 0; index < weights.length; index++) {
        target -= weights[index] as number;
        if (target < 0) return index;
      }
      return weights.length - 1;
    },
  };
}
