// Every internal link goes through here, so the site works at `/` and under a GitHub Pages project
// path (`/<repo>/`, Astro's `base`). Astro gives BASE_URL with or without a trailing slash
// depending on the config: normalise it once.
const BASE = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;

/** A site path ('segments/store/', '/downloads/themes.csv') under the base path. */
export function href(path: string): string {
  return `${BASE}${path.replace(/^\/+/, '')}`;
}

/** True when `current` (Astro.url.pathname) is `path` or below it: marks the nav entry of the page. */
export function isCurrent(current: string, path: string): boolean {
  const target = href(path);
  return path === '' ? current === target || `${current}/` === target : current.startsWith(target);
}
