// One built site served on 127.0.0.1 plus one Chromium: what every browser test file opens in
// beforeAll and closes in afterAll.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { type Browser, launchBrowser, openWatchedPage, type PageProblems } from './browser.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

export interface SiteSession {
  server: StaticServer;
  browser: Browser;
  /** Absolute URL of a page given relative to the base ('' is the home page, 'verbatims/?q=x'). */
  urlOf: (page: string) => string;
  /** Opens a page in a fresh context, waits for it to load, and returns it with what went wrong. */
  visit: (
    page: string,
    options?: BrowserContextOptions,
  ) => Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }>;
  close: () => Promise<void>;
}

export async function openSiteSession(options: { root: string; base?: string }): Promise<SiteSession> {
  const server = await serveStatic(options);
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const urlOf = (page: string) => new URL(page, server.url).href;
  return {
    server,
    browser,
    urlOf,
    visit: async (page, contextOptions) => {
      const context = await browser.newContext(contextOptions);
      const watched = await openWatchedPage(context);
      await watched.page.goto(urlOf(page), { waitUntil: 'load' });
      return { ...watched, close: () => context.close() };
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
