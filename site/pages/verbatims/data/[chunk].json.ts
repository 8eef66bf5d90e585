// /verbatims/data/chunk-<n>.json: the cards of the gallery in compact rows, newest first. Comments
// are redacted (by the report) and JSON-escaped so that no "<" survives even if served as HTML.
// The count comes from the report. A build with the data workers writes these files itself
// (site/build/build-site.ts: gallery.chunkRoutes is false); astro dev and astro build render them here.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chunkCountOf, chunkName, galleryContext } from '../../../components/gallery/gallery-build.ts';

export const getStaticPaths = (async () => {
  const { gallery } = await galleryContext();
  if (!gallery.chunkRoutes) return [];
  return Array.from({ length: chunkCountOf(gallery.total) }, (_, index) => ({
    params: { chunk: chunkName(index).replace(/\.json$/, '') },
    props: { index },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { gallery } = await galleryContext();
  const json = (await gallery.files()).chunks[props.index as number];
  if (json === undefined) throw new Error(`no gallery chunk ${String(props.index)}`);
  return new Response(json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
