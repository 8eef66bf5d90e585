/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
// Search latency in the built gallery, as a reader feels it: from the input event of a keystroke
// to the frame after the results are on screen (two animation frames: render, then paint),
// measured inside Chromium so the driver's round trips are not counted.
import type { Page } from 'playwright-core';

export async function keystrokeLatencies(page: Page, queries: readonly string[]): Promise<number[]> {
  await page.locator('#gallery-q').focus();
  // Every chunk loaded: the status no longer ends with the loading ellipsis.
  await page.waitForFunction(() => {
    const text = document.getElementById('gallery-status')?.textContent?.trim() ?? '';
    return text !== '' && !text.endsWith('…');
  });
  const latencies: number[] = [];
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      latencies.push(
        await page.evaluate(
          async (typed) => {
            const input = document.getElementById('gallery-q') as HTMLInputElement;
            const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
            const started = performance.now();
            input.value = typed;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await frame();
            await frame();
            return performance.now() - started;
          },
          query.slice(0, length),
        ),
      );
    }
  }
  return latencies;
}
