import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from './static-server.ts';

describe('the static server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'nps-server-'));
    mkdirSync(join(root, 'themes'));
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(root, 'themes', 'index.html'), '<h1>themes</h1>');
    writeFileSync(join(root, 'style.css'), 'body{}');
    writeFileSync(join(root, '404.html'), '<h1>not found</h1>');
    server = await serveStatic({ root, base: '/nps-pages' });
  });
  afterAll(() => server.close());

  it('serves pages and assets under the base path with their MIME types', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/nps-pages\/$/);
    const home = await fetch(server.url);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toBe('<h1>home</h1>');
    expect((await fetch(new URL('style.css', server.url))).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await (await fetch(new URL('themes/', server.url))).text()).toBe('<h1>themes</h1>');
  });

  it('redirects a folder without its slash, and answers 404 outside the base or for a missing file', async () => {
    const redirect = await fetch(new URL('themes', server.url), { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/nps-pages/themes/');
    const outside = await fetch(new URL('/themes/', server.url));
    expect(outside.status).toBe(404);
    expect(await outside.text()).toBe('<h1>not found</h1>');
    expect((await fetch(new URL('../../etc/passwd', server.url))).status).toBe(404);
    expect(server.notFound).toEqual(['/themes/', '/etc/passwd']);
  });
});
