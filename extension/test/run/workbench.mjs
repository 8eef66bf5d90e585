// Drives a VS Code web workbench in Debian's Chromium through playwright-core, for both routes:
// the workbench calls window.codeAutomationExit(code) when the suite's run() settles (0 resolved,
// 1 rejected) and codeAutomationLog(type, args) for the extension host's console. Both must be
// exposed before the first navigation, or the workbench never reports back.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Opens `url`, waits for codeAutomationExit or the deadline, and returns the exit code (or
 * 'timeout'). `onReady(page)` runs once the workbench has loaded, e.g. to take screenshots on cue.
 */
export async function runWorkbench({
  url,
  timeoutMs,
  onLog = () => {},
  onReady,
  viewport = { width: 1400, height: 860 },
  extraArgs = [],
}) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  try {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    let exit;
    const exited = new Promise((resolve) => {
      exit = resolve;
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, args));
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    page.on('pageerror', (error) => onLog('pageerror', [String(error)]));
    page.on('console', (message) => {
      if (message.type() === 'error') onLog('browser-error', [message.text()]);
    });
    let timer;
    const deadline = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const background = onReady
      ? onReady(page).catch((error) => onLog('runner-error', [String(error?.stack ?? error)]))
      : undefined;
    const code = await Promise.race([exited, deadline]);
    clearTimeout(timer);
    await background;
    return code;
  } finally {
    await browser.close();
  }
}

/** Flattens codeAutomationLog's arguments (strings or serialised objects) into one line. */
export function formatLogArgs(args) {
  return (Array.isArray(args) ? args : [args]).map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ');
}
