import { describe, expect, it } from 'vitest';
import { addToClosedLoop, createClosedLoopCollector, median, summarizeClosedLoop } from '../../src/stats/closed-loop.ts';

const HOUR = 3_600_000;
const JAN_10 = Date.UTC(2026, 0, 10);

describe('closed loop', () => {
  it('counts answered responses per category, detractors first, with exact medians in hours', () => {
    const collector = createClosedLoopCollector();
    // Detractors: replies after 2 h, 10 h (from `at`), 30 h (from midnight UTC of the day), one unanswered.
    addToClosedLoop(collector, { score: 2, day: '2026-01-10', at: JAN_10 + 8 * HOUR, repliedAt: JAN_10 + 10 * HOUR });
    addToClosedLoop(collector, { score: 5, day: '2026-01-10', at: JAN_10 + 2 * HOUR, repliedAt: JAN_10 + 12 * HOUR });
    addToClosedLoop(collector, { score: 0, day: '2026-01-10', repliedAt: JAN_10 + 30 * HOUR });
    addToClosedLoop(collector, { score: 6, day: '2026-01-10' });
    // Passive answered before it was given (bad data): answered, but no duration.
    addToClosedLoop(collector, { score: 7, day: '2026-01-10', at: JAN_10 + 5 * HOUR, repliedAt: JAN_10 + 1 * HOUR });
    const [detractors, passives, promoters] = summarizeClosedLoop(collector);
    expect(detractors).toMatchObject({ category: 'detractor', responses: 4, answered: 3, answeredShare: 75, medianHours: 10 });
    expect(detractors?.interval?.[0]).toBeLessThan(75);
    expect(passives).toMatchObject({ category: 'passive', responses: 1, answered: 1, medianHours: null, negativeDurations: 1 });
    expect(promoters).toMatchObject({
      category: 'promoter',
      responses: 0,
      answered: 0,
      answeredShare: null,
      interval: null,
      medianHours: null,
    });
  });

  it('takes the mean of the two middle values for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
    expect(median([10, 9, 100, 1, 2])).toBe(9);
  });
});
