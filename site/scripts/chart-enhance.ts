/**
 * Progressive enhancement of the build-time chart SVGs (see site/lib/charts/index.ts for the
 * HTML contract). Nothing heavy loads up front: this file only listens. On the first pointer,
 * focus or touch on a chart figure, it imports vega-embed (a separate chunk) and swaps the static
 * SVG for an interactive SVG view of the same spec, with tooltips. Tooltips show only the fields
 * the spec lists, which core limits to numbers and period names (never verbatims), and the
 * tooltip handler escapes HTML anyway. If anything fails, the static SVG simply stays.
 */

const FIGURE = '[data-nps-chart]';
const enhanced = new WeakSet<Element>();

async function enhance(figure: HTMLElement): Promise<void> {
  if (enhanced.has(figure)) return;
  enhanced.add(figure);
  const view = figure.querySelector<HTMLElement>('.nps-chart__view');
  const json = figure.querySelector('script.nps-chart__spec')?.textContent;
  if (!view || !json) return;
  try {
    const spec = JSON.parse(json) as { description?: string };
    const { default: embed } = await import('vega-embed');
    const target = document.createElement('div');
    await embed(target, spec as never, {
      renderer: 'svg',
      actions: false,
      tooltip: { sanitize: (value: unknown) => escapeHtml(String(value)) } as never,
    });
    const svg = target.querySelector('svg');
    if (svg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', spec.description ?? '');
    }
    view.replaceChildren(target);
  } catch (error) {
    enhanced.delete(figure);
    console.warn('chart-enhance: keeping the static chart', error);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function onFirstContact(event: Event): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const figure = target.closest<HTMLElement>(FIGURE);
  if (figure) void enhance(figure);
}

for (const type of ['pointerover', 'focusin', 'touchstart'] as const) {
  document.addEventListener(type, onFirstContact, { passive: true, capture: true });
}
