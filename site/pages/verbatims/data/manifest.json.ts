// /verbatims/data/manifest.json: dictionaries and the list of chunks (core/src/search/gallery-data.ts).
import { safeJson } from '@nps-pages/core';
import type { APIRoute } from 'astro';
import { galleryContext } from '../../../components/gallery/gallery-build.ts';

export const GET: APIRoute = async () => {
  const { data } = await galleryContext();
  return new Response(safeJson(data.manifest), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
