// /verbatims/data/manifest.json: dictionaries and the list of chunks (core/src/search/gallery-data.ts).
import type { APIRoute } from 'astro';
import { galleryContext } from '../../../components/gallery/gallery-build.ts';

export const GET: APIRoute = async () => {
  const { gallery } = await galleryContext();
  return new Response((await gallery.files()).manifest, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
