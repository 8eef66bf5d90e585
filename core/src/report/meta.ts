import { compareKeys } from '../stats/breakdown.ts';
import { tallyCount } from '../stats/tally.ts';
import type { ReportContext } from './context.ts';
import { fingerprintOf } from './hash.ts';
import type { MethodologyModel, ReportMeta } from './model.ts';
import { localized } from './stats-to-model.ts';
import type { ReportCollection } from './tally-collection.ts';
import { PRIORITY_EASE } from './themes.ts';

export function buildMeta(
  collection: ReportCollection,
  context: ReportContext,
  options: { now?: string | undefined; files?: readonly { path: string; fingerprint: string }[] | undefined },
): ReportMeta {
  const titles = localized(context.config.site.title, 'NPS');
  return {
    title: titles[context.locale],
    titles,
    locale: context.locale,
    timeZone: context.config.site.timeZone,
    period: context.period,
    fingerprint: fingerprintOf(collection.fingerprint),
    from: collection.from,
    to: collection.to,
    n: tallyCount(collection.main.aggregate.overall),
    comments: collection.comments,
    generated: options.now ?? null,
    files: [...(options.files ?? [])]
      .map((file) => ({ path: file.path, fingerprint: file.fingerprint }))
      .sort((a, b) => compareKeys(a.path, b.path)),
  };
}

export function buildMethodology(context: ReportContext): MethodologyModel {
  const { stats, config } = context;
  return {
    confidence: stats.confidence,
    interval: stats.interval,
    significance: stats.significance,
    smallSample: stats.smallSample,
    rollingDays: stats.rollingDays,
    period: context.period,
    ...(config.site.period === 'auto' ? { periodAuto: true as const } : {}),
    weighted: stats.weighted,
    redaction: {
      emails: config.privacy.redactEmails,
      phones: config.privacy.redactPhones,
      // Filled by attachVerbatims: redaction is the verbatim side's (verbatim-collector.ts).
      redactedEmails: 0,
      redactedPhones: 0,
      redactedComments: 0,
    },
    priorityEase: { ...PRIORITY_EASE },
    recentPerCategory: context.recentPerCategory,
    examplesPerTheme: context.examplesPerTheme,
  };
}
