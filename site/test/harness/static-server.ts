// A tiny static server for a built site, as GitHub Pages serves it: the site lives under a base
// path, a folder URL serves its index.html, a folder without its trailing slash redirects, and
// an unknown path gets 404.html with status 404. Every 404 is recorded so tests can fail on it.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** http://127.0.0.1:<port><base>, ending with a slash. */
  url: string;
  /** Paths requested that did not map to a file, in order. */
  notFound: string[];
  close: () => Promise<void>;
}

/** Normalises a base path to '/' or '/name/'. */
export function normalizeBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The file a URL path maps to inside root, or a redirect target, or nothing. */
export function resolveRequest(root: string, base: string, urlPath: string): { file: string } | { redirect: string } | undefined {
  if (!urlPath.startsWith(base) && `${urlPath}/` !== base) return undefined;
  if (`${urlPath}/` === base) return { redirect: base };
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, relative));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = join(candidate, 'index.html');
    return existsSync(index) ? { file: index } : undefined;
  }
  return { file: candidate };
}

export async function serveStatic(options: { root: string; base?: string }): Promise<StaticServer> {
  const base = normalizeBase(options.base);
  const root = normalize(options.root);
  const notFound: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const target = resolveRequest(root, base, url.pathname);
    if (target && 'redirect' in target) {
      response.writeHead(301, { location: target.redirect + url.search });
      response.end();
      return;
    }
    if (!target) {
      notFound.push(url.pathname);
      const page404 = join(root, '404.html');
      response.writeHead(404, { 'content-type': existsSync(page404) ? MIME_TYPES['.html'] : 'text/plain' });
      if (existsSync(page404)) createReadStream(page404).pipe(response);
      else response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': mimeType(target.file), 'cache-control': 'no-store' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(target.file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    notFound,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
