/**
 * Times the date reader against Day.js on a million values, to justify (or not) hand-writing it.
 * Prints figures; it is not a test. Run: node scripts/bench/dates.ts [count] [dayjsCount]
 *
 * Both sides produce what ingestion needs from each value: the calendar day in Europe/Paris and
 * the instant. Day.js parses strictly with customParseFormat and converts with utc/timezone.
 * Inputs are generated before timing; each measure is the median of 3 runs. Reading a million
 * strings from an array is partly memory-bound (40 MB of strings): "cache-hot" reads the same
 * 10,000 values a hundred times, closer to a parser that reads each cell right after slicing it.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { createDateReader } from '../../core/src/parse/dates.ts';

dayjs.extend(customParseFormat);
dayjs.extend(utc);
dayjs.extend(timezone);

const ZONE = 'Europe/Paris';
const COUNT = Number(process.argv[2] ?? 1_000_000);
const RUNS = 3;
// Day.js with the timezone plugin costs about 90 µs a value here (it builds an Intl formatter per
// call): a million values would take minutes a run, so it reads a sample and its time is scaled.
const DAYJS_COUNT = Number(process.argv[3] ?? 100_000);

/** A deterministic generator (mulberry32) so every run reads the same values. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Instants spread over two years, like a survey's history. */
function instants(count: number): number[] {
  const next = random(42);
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, () => start + Math.floor(next() * 2 * 365 * 86_400_000));
}

function isoWithOffset(at: number): string {
  const offsetMinutes = [120, 60, 0, -300, 330][at % 5] as number;
  const d = new Date(at + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function frenchWallClock(at: number): string {
  const d = new Date(at);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

type Read = (value: string) => { day: string; at: number | undefined };

/** Wall time in ms of reading every value once; the checksum keeps the work from being optimised away. */
function pass(values: readonly string[], read: Read): number {
  let checksum = 0;
  const started = performance.now();
  for (const value of values) {
    const result = read(value);
    checksum += result.day.length + ((result.at ?? 0) % 7);
  }
  const elapsed = performance.now() - started;
  if (checksum === 0) console.log('');
  return elapsed;
}

/** The first pass (cold caches, as in one `nps` run) and the median of the next 3. */
function measure(values: readonly string[], read: Read): { first: number; median: number } {
  const first = pass(values, read);
  return { first, median: median(Array.from({ length: RUNS }, () => pass(values, read))) };
}

/** How many values both readers read differently, with the first such value. */
function disagreements(values: readonly string[], a: Read, b: Read): string {
  let count = 0;
  let example = '';
  for (const value of values) {
    const left = a(value);
    const right = b(value);
    if (left.day !== right.day || left.at !== right.at) {
      if (count++ === 0) example = `${value}: ${left.day} ${left.at} vs Day.js ${right.day} ${right.at}`;
    }
  }
  return count === 0 ? 'same days and instants' : `${count} differ, e.g. ${example}`;
}

function ours(format: string | undefined): Read {
  const readDate = createDateReader({ format, timeZone: ZONE });
  return (value: string) => {
    const reading = readDate(value);
    if (!reading.ok) throw new Error(`bench input rejected: ${value}: ${reading.message}`);
    return { day: reading.day, at: reading.at };
  };
}

/** Not strict: Day.js's strict mode formats the parsed date back with the machine's offset, so it rejects every other offset. */
function dayjsInstant(format: string): Read {
  return (value: string) => {
    const parsed = dayjs(value, format);
    if (!parsed.isValid()) throw new Error(`Day.js rejected ${value}`);
    return { day: parsed.tz(ZONE).format('YYYY-MM-DD'), at: parsed.valueOf() };
  };
}

/**
 * Day.js's tz(zone, true) is an hour off for some wall times on the day of a transition
 * (27/10/2024 01:10:49 in Paris is 23:10:49Z, CEST; Day.js says 00:10:49Z), so the agreement line
 * of this case lists a few dozen differences; the table tests pin such days against Intl's offsets.
 */
function dayjsWallClock(format: string): Read {
  return (value: string) => {
    const parsed = dayjs(value, format, true);
    if (!parsed.isValid()) throw new Error(`Day.js rejected ${value}`);
    const zoned = parsed.tz(ZONE, true);
    return { day: zoned.format('YYYY-MM-DD'), at: zoned.valueOf() };
  };
}

/** The lower bound of Day.js: parsing only, in UTC, with no time zone conversion (results not comparable). */
function dayjsParseOnly(format: string, strict: boolean): Read {
  return (value: string) => {
    const parsed = dayjs.utc(value, format, strict);
    return { day: '', at: parsed.valueOf() };
  };
}

/** Flat strings, as a CSV parser's slices are: template literals build ropes that the first read would flatten. */
function flat(values: string[]): string[] {
  return JSON.parse(JSON.stringify(values)) as string[];
}

const at = instants(COUNT);
const cases = [
  {
    name: 'ISO datetimes with an offset',
    values: flat(at.map(isoWithOffset)),
    ours: ours(undefined),
    dayjs: dayjsInstant('YYYY-MM-DDTHH:mm:ssZ'),
    dayjsParseOnly: dayjsParseOnly('YYYY-MM-DDTHH:mm:ssZ', false),
  },
  {
    name: `DD/MM/YYYY HH:mm:ss in ${ZONE}`,
    values: flat(at.map(frenchWallClock)),
    ours: ours('DD/MM/YYYY HH:mm:ss'),
    dayjs: dayjsWallClock('DD/MM/YYYY HH:mm:ss'),
    dayjsParseOnly: dayjsParseOnly('DD/MM/YYYY HH:mm:ss', true),
  },
];

const sampleSize = Math.min(COUNT, DAYJS_COUNT);
console.log(`Node ${process.version}; reader: first pass and median of ${RUNS} more on ${COUNT} values;`);
console.log(`Day.js: median of ${RUNS} on the first ${sampleSize} values, scaled to ${COUNT}`);
for (const bench of cases) {
  const mine = measure(bench.values, bench.ours);
  const sample = bench.values.slice(0, sampleSize);
  const scale = COUNT / sampleSize;
  const parseOnly = measure(sample, bench.dayjsParseOnly).median * scale;
  const full = measure(sample, bench.dayjs).median * scale;
  console.log(`${COUNT} ${bench.name}:`);
  const hot =
    measure(Array.from({ length: 100 }, () => bench.values.slice(0, 10_000)).flat(), bench.ours).median * (COUNT / 1_000_000);
  console.log(
    `  reader      ${mine.first.toFixed(0)} ms first pass, ${mine.median.toFixed(0)} ms warm, ${hot.toFixed(0)} ms cache-hot`,
  );
  console.log(
    `  Day.js      ${full.toFixed(0)} ms (${(full / mine.median).toFixed(0)}x), parse alone without the time zone ${parseOnly.toFixed(0)} ms (${(parseOnly / mine.median).toFixed(1)}x)`,
  );
  console.log(`  agreement   ${disagreements(sample, bench.ours, bench.dayjs)}`);
}
