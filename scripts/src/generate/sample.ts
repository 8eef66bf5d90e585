import { calendarDay, isoDateTime, isoDay } from './calendar.ts';
import { CHANNEL_SHARE, CHANNELS, type Channel, phoneWeightBase, REGIONS, STORES, type Store } from './chain.ts';
import {
  COMMENT_RATE,
  categoryOf,
  channelVolume,
  type DayContext,
  drawIncidents,
  drawScore,
  expectedNps,
  FIRST_DAY,
  LAST_DAY,
  REPLY_RATE,
} from './model.ts';
import { createRandom, type Random } from './random.ts';
import { createRespondents, type Respondent } from './respondents.ts';
import { createCommentBuilder, type Language } from './verbatims.ts';

/**
 * The sample data set as canonical rows, in chronological order, one at a time: the exports
 * (generate), the ingestion benchmark and the tests all read this iterator, so a million rows
 * stream without being held. Pure: the same seed and count give the same rows on any machine.
 */
export type SampleSource = 'magasins' | 'digital' | 'telephone';

export interface SampleResponse {
  /** Unique across the data set: R-0000001... */
  id: string;
  /** Which export holds it: the in-store form, the web/app survey tool, the phone survey. */
  source: SampleSource;
  channel: Channel;
  /** Only in-store responses have a store. */
  store?: string;
  region: string;
  /** The calendar day in Europe/Paris. */
  day: string;
  /** ISO 8601 with the Paris offset: 2026-03-31T14:05:09+02:00. */
  at: string;
  score: number;
  comment?: string;
  language: Language;
  /** Pseudonymous customer id (loyalty card or account); absent for anonymous answers. */
  respondent?: string;
  /** Post-stratification weight (phone survey only). */
  weight?: number;
  /** When the CX team called back, ISO 8601 with offset. */
  repliedAt?: string;
  /** The themes the comment was built from (the truth the theme matcher should find). */
  themes: readonly string[];
}

export interface SampleOptions {
  seed: number;
  /** About how many responses; the total is exact. */
  responses: number;
}

const SOURCE_OF: Record<Channel, SampleSource> = {
  magasin: 'magasins',
  web: 'digital',
  application: 'digital',
  téléphone: 'telephone',
};
/** Share of answers that carry a customer id: a loyalty card in store, an account online. */
const KNOWN_RATE: Record<Channel, number> = { magasin: 0.68, web: 0.9, application: 1, téléphone: 1 };
const ENGLISH_RATE: Record<Exclude<Channel, 'magasin'>, number> = { web: 0.05, application: 0.04, téléphone: 0.02 };
/** Hours at which answers arrive, from the first listed hour. */
const HOURS: Record<Channel, { first: number; weights: readonly number[] }> = {
  magasin: { first: 9, weights: [0.3, 0.8, 1, 1.2, 1.1, 1, 1.1, 1.2, 1.4, 1.5, 1.3, 1, 0.7, 0.4] },
  web: { first: 7, weights: [0.3, 0.5, 0.7, 0.8, 0.9, 1, 1.1, 0.9, 0.8, 0.8, 0.9, 1, 1.2, 1.5, 1.7, 1.6, 1.1] },
  application: { first: 7, weights: [0.4, 0.6, 0.7, 0.7, 0.8, 1, 1.2, 0.9, 0.8, 0.8, 0.9, 1, 1.3, 1.6, 1.8, 1.7, 1.2] },
  téléphone: { first: 9, weights: [1, 1.1, 1.1, 0.8, 0.9, 1, 1.1, 1.1, 1, 0.6] },
};
const STORE_TRAFFIC = STORES.map((store) => store.traffic);
const STORE_BY_NAME = new Map(STORES.map((store) => [store.name, store]));
/** Customers keep part of their mood: last time's promoters lean positive, detractors negative. */
const MOOD_SHIFT = { promoter: 22, passive: 0, detractor: -22 } as const;
const REGION_WEIGHTS = REGIONS.map((region) => region.weight);

function contextOf(dayNo: number): DayContext {
  const { year, month, weekday } = calendarDay(dayNo);
  // Black Friday: the last Friday of November.
  const lastOfNovember = Date.UTC(year, 11, 0) / 86_400_000;
  const blackFriday = lastOfNovember - ((calendarDay(lastOfNovember).weekday - 5 + 7) % 7);
  return { dayNo, month, weekday, fromBlackFriday: dayNo - blackFriday };
}

/** How many responses each (day, channel) gets: expected volumes, rounded cumulatively so the total is exact. */
function dailyCounts(responses: number): { context: DayContext; counts: number[] }[] {
  const days: { context: DayContext; volumes: number[] }[] = [];
  for (let dayNo = FIRST_DAY; dayNo <= LAST_DAY; dayNo++) {
    const context = contextOf(dayNo);
    const dayOfMonth = calendarDay(dayNo).day;
    days.push({ context, volumes: CHANNELS.map((channel) => channelVolume(channel, context, dayOfMonth)) });
  }
  const totals = CHANNELS.map((_, index) => days.reduce((sum, day) => sum + (day.volumes[index] as number), 0));
  let expected = 0;
  let issued = 0;
  return days.map(({ context, volumes }) => {
    const counts = CHANNELS.map((channel, index) => {
      expected += (responses * CHANNEL_SHARE[channel] * (volumes[index] as number)) / (totals[index] as number);
      const count = Math.round(expected) - issued;
      issued += count;
      return count;
    });
    return { context, counts };
  });
}

function drawSeconds(random: Random, channel: Channel): number {
  const hours = HOURS[channel];
  return (hours.first + random.weighted(hours.weights)) * 3600 + random.int(0, 3599);
}

/** The call back: business hours, 1-3 days for detractors, never on a weekend, never after the export. */
function drawReply(random: Random, dayNo: number, category: ReturnType<typeof categoryOf>): string | undefined {
  if (!random.chance(REPLY_RATE[category])) return undefined;
  let delay = category === 'detractor' ? ([1, 1, 1, 2, 2, 3, 3, 4, 6, 8][random.int(0, 9)] as number) : random.int(1, 6);
  let day = dayNo + delay;
  const weekday = calendarDay(day).weekday;
  if (weekday === 6) delay += 2;
  if (weekday === 0) delay += 1;
  day = dayNo + delay;
  if (day > LAST_DAY) return undefined;
  return isoDateTime({ day, seconds: random.int(9 * 3600, 18 * 3600 - 1) });
}

export function* sampleResponses(options: SampleOptions): Generator<SampleResponse> {
  const random = createRandom(options.seed, 0);
  const buildComment = createCommentBuilder(createRandom(options.seed, 1));
  const respondents = createRespondents({ expected: options.responses, returnRate: 0.17 });
  let index = 0;
  for (const { context, counts } of dailyCounts(options.responses)) {
    const arrivals: { channel: Channel; seconds: number }[] = [];
    CHANNELS.forEach((channel, channelIndex) => {
      for (let count = 0; count < (counts[channelIndex] as number); count++)
        arrivals.push({ channel, seconds: drawSeconds(random, channel) });
    });
    arrivals.sort((a, b) => a.seconds - b.seconds);
    const day = isoDay(context.dayNo);
    for (const { channel, seconds } of arrivals) {
      const known = random.chance(KNOWN_RATE[channel]);
      const returning = known ? respondents.returning(random, context.dayNo) : undefined;
      let store: Store | undefined;
      let region: string;
      let language: Language;
      if (channel === 'magasin') {
        store =
          (returning?.store !== undefined ? STORE_BY_NAME.get(returning.store) : undefined) ??
          (STORES[random.weighted(STORE_TRAFFIC)] as Store);
        region = store.region;
        language = returning?.language ?? (random.chance(store.english) ? 'en' : 'fr');
      } else {
        region = returning?.region ?? (REGIONS[random.weighted(REGION_WEIGHTS)] as { name: string }).name;
        language = returning?.language ?? (random.chance(ENGLISH_RATE[channel]) ? 'en' : 'fr');
      }
      const shift = returning ? MOOD_SHIFT[returning.lastCategory] : 0;
      const incidents = drawIncidents(random, channel, store, context);
      const score = drawScore(random, expectedNps({ channel, store, context, incidents, shift }));
      const category = categoryOf(score);
      const respondent = returning?.id ?? (known ? respondents.newId() : undefined);
      const comment = random.chance(COMMENT_RATE[category])
        ? buildComment({ language, category, incidents, channel, withContact: random.chance(0.004) })
        : undefined;
      const repliedAt = respondent ? drawReply(random, context.dayNo, category) : undefined;
      if (respondent) {
        const next: Respondent = {
          id: respondent,
          language,
          store: store?.name ?? returning?.store,
          region,
          lastDay: context.dayNo,
          lastCategory: category,
        };
        respondents.answered(next);
      }
      const weight =
        channel === 'téléphone'
          ? Math.round(phoneWeightBase(region) * (0.92 + 0.16 * random.float()) * 10_000) / 10_000
          : undefined;
      // Every field in one literal (absent ones undefined): all rows share one object shape.
      const row: SampleResponse = {
        id: `R-${String(++index).padStart(7, '0')}`,
        source: SOURCE_OF[channel],
        channel,
        store: store?.name,
        region,
        day,
        at: isoDateTime({ day: context.dayNo, seconds }),
        score,
        comment: comment?.text,
        language,
        respondent,
        weight,
        repliedAt,
        themes: comment?.themes ?? [],
      };
      yield row;
    }
  }
}
