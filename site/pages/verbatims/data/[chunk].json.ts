// /verbatims/data/chunk-<n>.json: the cards of the gallery in compact rows, newest first. Comments
// are redacted (by the report) and JSON-escaped so that no "<" survives even if served as HTML.
import { safeJson } from '@nps-pages/core';
import type { APIRoute, GetStaticPaths } from 'astro';
import { chunkName, galleryContext } from '../../../components/gallery/gallery-build.ts';

export const getStaticPaths = (async () => {
  const { data } = await galleryContext();
  return data.chunks.map((chunk, index) => ({ params: { chunk: chunkName(index).replace(/\.json$/, '') }, props: { chunk } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(safeJson(props.chunk), { headers: { 'content-type': 'application/json; charset=utf-8' } });
