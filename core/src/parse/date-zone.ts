import { DAY_MS, HOUR_MS, MINUTE_MS } from './date-calendar.ts';

/**
 * The offsets of an IANA time zone, read from Intl.DateTimeFormat (so it runs in Node, browsers
 * and workers, with the tz database of the runtime) and cached by hour.
 *
 * An Intl call costs about 1 µs; a cached hour is a Map lookup. The offset of each hour is taken
 * at its two ends: equal ends mean the hour has one offset (no zone changes twice within an hour),
 * different ends mean a transition inside it, and only those rows pay an exact Intl call. This
 * stays exact for transitions that are not on whole hours (Australia/Lord_Howe moves by 30
 * minutes, historical local mean times have offsets in seconds such as Paris's +00:09:21).
 */

export interface Zone {
  readonly id: string;
  /** The offset from UTC, in ms, in force at an instant (epoch ms). */
  offsetAt(instant: number): number;
  /**
   * The instant of a wall-clock time, given as the epoch ms it would be in UTC. Disambiguation is
   * Temporal's 'compatible': a wall time skipped by a spring-forward gap is moved forward by the
   * gap (02:30 on the last Sunday of March in Paris is 03:30 CEST, 01:30Z); a wall time repeated
   * by a fall-back overlap is its earlier occurrence (02:30 on the last Sunday of October in Paris
   * is 02:30 CEST, 00:30Z).
   */
  instantOf(wall: number): number;
}

// Bounded so that random or hostile input cannot grow the caches without limit; a million rows
// over ten years touch under 90,000 hours.
const CACHE_LIMIT = 1 << 18;
const zones = new Map<string, Zone>();

/** The zone of an IANA name, shared by every reader. Throws RangeError on an unknown zone, which config validation rejects first. */
export function zoneFor(id: string): Zone {
  let zone = zones.get(id);
  if (zone === undefined) {
    zone = createZone(id);
    zones.set(id, zone);
  }
  return zone;
}

function createZone(id: string): Zone {
  const formatter = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'longOffset' });
  /** Offset of the zone at one instant, straight from Intl ("…, GMT+05:30", "…, GMT-00:44:30", "…, GMT"). */
  function exactOffset(instant: number): number {
    const text = formatter.format(instant);
    const at = text.lastIndexOf('GMT') + 3;
    if (at >= text.length) return 0;
    const sign = text.charCodeAt(at) === 45 /* - */ || text.charCodeAt(at) === 0x2212 ? -1 : 1;
    const hours = Number(text.slice(at + 1, at + 3));
    const minutes = Number(text.slice(at + 4, at + 6));
    const seconds = text.length > at + 6 ? Number(text.slice(at + 7, at + 9)) : 0;
    return sign * (hours * HOUR_MS + minutes * MINUTE_MS + seconds * 1000);
  }

  const boundaries = new Map<number, number>();
  function boundaryOffset(hour: number): number {
    let offset = boundaries.get(hour);
    if (offset === undefined) {
      if (boundaries.size >= CACHE_LIMIT) boundaries.clear();
      offset = exactOffset(hour * HOUR_MS);
      boundaries.set(hour, offset);
    }
    return offset;
  }

  /** Per UTC hour: its offset, or NaN when a transition happens inside it. */
  const hours = new Map<number, number>();
  // Exports are usually sorted by date: consecutive rows share an hour, and skip the Map.
  let lastHour = Number.NaN;
  let lastOffset = Number.NaN;
  function offsetAt(instant: number): number {
    const hour = Math.floor(instant / HOUR_MS);
    let offset = hour === lastHour ? lastOffset : hours.get(hour);
    if (offset === undefined) {
      if (hours.size >= CACHE_LIMIT) hours.clear();
      // First the whole UTC day around the hour: one offset at its start, middle and end means one
      // offset all day (no zone changes twice within 12 hours). That takes two Intl calls per day
      // instead of one per hour: on the 1M-row benchmark (some 17,000 distinct hours) exactOffset
      // fell from 91 ms to 32 ms of self time in a CPU profile.
      const dayStart = hour - (((hour % 24) + 24) % 24);
      const start = boundaryOffset(dayStart);
      if (start === boundaryOffset(dayStart + 12) && start === boundaryOffset(dayStart + 24)) offset = start;
      else {
        const hourStart = boundaryOffset(hour);
        offset = hourStart === boundaryOffset(hour + 1) ? hourStart : Number.NaN;
      }
      hours.set(hour, offset);
    }
    lastHour = hour;
    lastOffset = offset;
    return Number.isNaN(offset) ? exactOffset(instant) : offset;
  }

  /**
   * Per wall-clock hour: the offset when one offset holds from a day before to a day after it,
   * or NaN when a transition is near. The offsets around a wall time are read a day before and a
   * day after it, like the Temporal polyfill: this assumes a zone never changes its offset twice
   * within two days, which holds for every zone of the tz database.
   */
  const wallHours = new Map<number, number>();
  let lastWallHour = Number.NaN;
  let lastWallOffset = Number.NaN;
  function instantOf(wall: number): number {
    const hour = Math.floor(wall / HOUR_MS);
    let offset = hour === lastWallHour ? lastWallOffset : wallHours.get(hour);
    if (offset === undefined) {
      if (wallHours.size >= CACHE_LIMIT) wallHours.clear();
      const before = offsetAt(hour * HOUR_MS - DAY_MS);
      offset = before === offsetAt((hour + 1) * HOUR_MS + DAY_MS) ? before : Number.NaN;
      wallHours.set(hour, offset);
    }
    lastWallHour = hour;
    lastWallOffset = offset;
    return Number.isNaN(offset) ? instantNearTransition(wall) : wall - offset;
  }

  function instantNearTransition(wall: number): number {
    const before = offsetAt(wall - DAY_MS);
    const after = offsetAt(wall + DAY_MS);
    const earlier = wall - before;
    const later = wall - after;
    const earlierExists = offsetAt(earlier) === before;
    const laterExists = offsetAt(later) === after;
    if (earlierExists && laterExists) return Math.min(earlier, later);
    if (earlierExists) return earlier;
    if (laterExists) return later;
    // In the gap: read the wall time with the offset in force before it, which moves it forward.
    return wall - before;
  }

  return { id, offsetAt, instantOf };
}
