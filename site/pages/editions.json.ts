// /editions.json: the machine-readable list of editions (newest first), for tools and dashboards
// that cite an edition: its stable URL, period, status, figures and the hash of its frozen data.
import { safeJson } from '@nps-pages/core';
import type { APIRoute } from 'astro';
import { loadEditions } from '../components/editions/edition-build.ts';
import { href } from '../lib/paths.ts';

export const GET: APIRoute = async () => {
  const pages = await loadEditions();
  const editions = pages.map(({ edition, ref, report }) => ({
    id: edition.id,
    title: ref.title,
    url: href(`editions/${edition.id}/`),
    period: { from: ref.from, to: ref.to, cadence: edition.manifest.cadence },
    status: edition.status,
    created: edition.manifest.created,
    n: report.overview.nps.n,
    nps: report.overview.nps.nps,
    interval: report.overview.nps.ci,
    sha256: edition.manifest.sha256,
    configFingerprint: edition.manifest.configFingerprint,
  }));
  return new Response(safeJson({ format: 1, editions }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
