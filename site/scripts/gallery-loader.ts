// Downloads the gallery's data: the manifest, then every chunk in parallel. Each chunk is handed
// to the engine as it arrives, so the first results show before the last chunk lands.
// core's search module is imported by path, not through '@nps-pages/core': the package's index
// pulls zod and the parsers into the browser bundle (139 KB instead of a few KB, measured).
import { GALLERY_DATA_VERSION, type GalleryChunk, GalleryEngine, type GalleryManifest } from '../../core/src/search/index.ts';

export interface LoadCallbacks {
  /** Called after each chunk (and once with the manifest alone). */
  progress(engine: GalleryEngine): void;
}

export async function loadGallery(manifestUrl: string, callbacks: LoadCallbacks): Promise<GalleryEngine> {
  const base = new URL(manifestUrl, document.baseURI);
  const manifest = (await fetchJson(base)) as GalleryManifest;
  if (manifest.version !== GALLERY_DATA_VERSION) throw new Error(`gallery data version ${manifest.version}`);
  const engine = new GalleryEngine(manifest);
  callbacks.progress(engine);
  await Promise.all(
    manifest.chunks.map(async (name, index) => {
      engine.addChunk(index, (await fetchJson(new URL(name, base))) as GalleryChunk);
      callbacks.progress(engine);
    }),
  );
  return engine;
}

async function fetchJson(url: URL): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
}
