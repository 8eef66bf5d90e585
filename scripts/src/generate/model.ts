import { dayNumber } from './calendar.ts';
import { type Channel, CLEAN_NPS, type Store } from './chain.ts';
import type { Random } from './random.ts';

/**
 * The story of the sample, as probabilities: how many responses each day and channel gets, which
 * incidents a customer meets (queues, stock-outs, late deliveries...), and how they move the
 * score. Comments then mention the incidents, so themes, scores and actions stay consistent.
 */
export const FIRST_DAY = dayNumber('2024-11-01');
export const LAST_DAY = dayNumber('2026-10-31');
/** The fixed "now" of the data set: the exports were taken the next morning. */
export const NOW_DAY = LAST_DAY + 1;

export const IRRITANTS = ['attente-caisse', 'rupture-stock', 'livraison', 'sav-injoignable', 'prix', 'site-application'] as const;
export type Irritant = (typeof IRRITANTS)[number];
export const PRAISES = ['accueil', 'conseil-vendeurs', 'qualite-produits', 'choix'] as const;
export type Praise = (typeof PRAISES)[number];

/** NPS points a customer who met the incident loses. */
const PENALTY: Record<Irritant, number> = {
  'attente-caisse': -62,
  'rupture-stock': -45,
  livraison: -66,
  'sav-injoignable': -62,
  prix: -28,
  'site-application': -38,
};

/** A factor that moves linearly from 1 on `from` to `to` on `until`, then stays there: an action rolling out. */
function rollout(from: string, until: string, to: number): (dayNo: number) => number {
  const start = dayNumber(from);
  const end = dayNumber(until);
  return (dayNo) => (dayNo <= start ? 1 : dayNo >= end ? to : 1 + ((dayNo - start) / (end - start)) * (to - 1));
}

/** The actions of data/actions/*.md, as their effect on the incident they target. */
const queueAction = rollout('2025-09-01', '2025-11-15', 0.25);
const deliveryAction = rollout('2026-01-12', '2026-03-31', 0.55);
const serviceAction = rollout('2026-05-04', '2026-12-31', 0.5);

export interface DayContext {
  dayNo: number;
  month: number;
  weekday: number;
  /** Days from Black Friday (0 on the day), for the November rush. */
  fromBlackFriday: number;
}

const MONTH_VOLUME = [1.05, 0.8, 0.9, 0.9, 0.95, 1.0, 0.95, 0.7, 0.9, 1.0, 1.3, 1.8];
const STORE_WEEKDAY = [0, 0.7, 0.8, 1.0, 0.9, 1.1, 1.7];
const ONLINE_WEEKDAY = [1.15, 1.1, 1.0, 1.0, 0.95, 0.9, 0.9];
const PHONE_WEEKDAY = [0, 1.2, 1.1, 1.0, 1.0, 1.0, 0.6];

function isClosedHoliday(context: DayContext, day: number): boolean {
  return (context.month === 1 && day === 1) || (context.month === 5 && day === 1) || (context.month === 12 && day === 25);
}

/** Relative volume of a channel on a day (normalised over the period by the caller). */
export function channelVolume(channel: Channel, context: DayContext, day: number): number {
  const season = MONTH_VOLUME[context.month - 1] as number;
  const rush = Math.abs(context.fromBlackFriday) <= 3 ? (channel === 'magasin' ? 1.3 : 1.7) : 1;
  const years = (context.dayNo - FIRST_DAY) / 365;
  switch (channel) {
    case 'magasin': {
      if (isClosedHoliday(context, day)) return 0;
      // Stores close on Sundays, except the Sundays before Christmas.
      const weekday = context.weekday === 0 && context.month === 12 ? 0.9 : (STORE_WEEKDAY[context.weekday] as number);
      return season * rush * weekday;
    }
    case 'web':
      return season * rush * (ONLINE_WEEKDAY[context.weekday] as number);
    case 'application':
      // The app grows: half as many users again each year.
      return season * rush * (ONLINE_WEEKDAY[context.weekday] as number) * (1 + 0.5 * years);
    case 'téléphone':
      return isClosedHoliday(context, day) ? 0 : (PHONE_WEEKDAY[context.weekday] as number) * (0.6 + 0.4 * season);
  }
}

/** Multiplies the chance of queues and stock-outs: Christmas, Black Friday, the January sales. */
function rushFactor(context: DayContext): number {
  if (context.month === 12) return 2.0;
  if (context.fromBlackFriday >= -3 && context.month === 11) return 1.6;
  if (context.month === 1) return 1.3;
  if (context.month === 8) return 0.8;
  return context.weekday === 6 ? 1.35 : 1;
}

/** The incidents one customer meets, drawn independently. */
export function drawIncidents(random: Random, channel: Channel, store: Store | undefined, context: DayContext): Irritant[] {
  const rush = rushFactor(context);
  const incidents: Irritant[] = [];
  const meet = (irritant: Irritant, probability: number): void => {
    if (random.chance(Math.min(0.85, probability))) incidents.push(irritant);
  };
  if (channel === 'magasin') {
    meet('attente-caisse', 0.23 * (store?.queueFactor ?? 1) * rush * queueAction(context.dayNo));
    meet('rupture-stock', 0.07 * rush);
  } else if (channel === 'téléphone') {
    meet('sav-injoignable', 0.3 * serviceAction(context.dayNo));
    meet('livraison', 0.16 * (rush > 1.5 ? 1.6 : 1) * deliveryAction(context.dayNo));
  } else {
    meet('livraison', 0.13 * (rush > 1.5 ? 1.8 : 1) * deliveryAction(context.dayNo));
    meet('rupture-stock', 0.05 * rush);
    meet('site-application', channel === 'application' ? 0.09 : 0.05);
    meet('sav-injoignable', 0.04 * serviceAction(context.dayNo));
  }
  meet('prix', 0.07);
  return incidents;
}

export type Category = 'promoter' | 'passive' | 'detractor';

export function categoryOf(score: number): Category {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

const DETRACTOR_SCORES = [6, 5, 4, 3, 2, 1, 0];
const DETRACTOR_WEIGHTS = [0.3, 0.24, 0.12, 0.09, 0.07, 0.05, 0.13];

/**
 * The expected NPS of one response, in points: a clean experience for the channel and store, a
 * slow improvement over the years, the summer staffing dip, then each incident's penalty.
 */
export function expectedNps(options: {
  channel: Channel;
  store: Store | undefined;
  context: DayContext;
  incidents: readonly Irritant[];
  shift: number;
}): number {
  const { channel, store, context, incidents } = options;
  const years = (context.dayNo - FIRST_DAY) / 365;
  let nps = CLEAN_NPS[channel] + (store?.effect ?? 0) + 3 * years + options.shift;
  if (context.month === 7 || context.month === 8) nps -= 4;
  for (const incident of incidents) nps += PENALTY[incident];
  return Math.max(-92, Math.min(92, nps));
}

/** A score whose category follows the expected NPS (a quarter of passives when possible). */
export function drawScore(random: Random, nps: number): number {
  const net = nps / 100;
  const passives = Math.min(0.24, 1 - Math.abs(net));
  const promoters = (1 - passives + net) / 2;
  const draw = random.float();
  if (draw < promoters) return random.chance(0.45) ? 10 : 9;
  if (draw < promoters + passives) return random.chance(0.58) ? 8 : 7;
  return DETRACTOR_SCORES[random.weighted(DETRACTOR_WEIGHTS)] as number;
}

/** Chance that a comment is written: unhappy customers write more. */
export const COMMENT_RATE: Record<Category, number> = { promoter: 0.4, passive: 0.36, detractor: 0.64 };

/** Chance that the CX team calls back, when it knows who answered (closed loop). */
export const REPLY_RATE: Record<Category, number> = { detractor: 0.83, passive: 0.34, promoter: 0.17 };
