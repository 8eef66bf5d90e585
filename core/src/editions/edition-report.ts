import { buildReport } from '../report/build.ts';
import type { Report, ReportLocale } from '../report/model.ts';
import type { NpsConfig } from '../schema/config.ts';
import type { EditionManifest } from './manifest.ts';
import type { LoadedEdition } from './read.ts';

/** The config a frozen manifest rebuilds: its frozen parts, no sources (nothing live is read) and no benchmarks. */
export function editionConfig(manifest: EditionManifest): NpsConfig {
  return { ...manifest.config, sources: [], ignore: [], benchmarks: [], editions: { allowOverlap: false } };
}

/**
 * The full report of an edition from its frozen copy alone. The report is pinned to the period's
 * last day, never the build date, so the same edition gives the same report on every build. Its
 * words are in `locale` when given (the live site's language: an English site shows its French-born
 * editions in English, figures unchanged), else in the frozen config's.
 */
export function buildEditionReport(edition: LoadedEdition, options: { locale?: ReportLocale } = {}): Report {
  const { manifest } = edition;
  return buildReport({
    ...(options.locale ? { locale: options.locale } : {}),
    config: editionConfig(manifest),
    responses: edition.responses,
    actions: edition.actions,
    files: [
      { path: `editions/${edition.id}/responses.json`, fingerprint: manifest.sha256.responses.slice(0, 16) },
      { path: `editions/${edition.id}/actions.json`, fingerprint: manifest.sha256.actions.slice(0, 16) },
    ],
    now: manifest.period.to,
  });
}
