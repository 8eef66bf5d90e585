import { createHash } from 'node:crypto';

/** Escapes text for an XML attribute or element body (the description is ours, but it quotes config labels). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A short stable hash of a spec's JSON: the default id prefix and the cache key's digest. */
export function specDigest(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 10);
}

/**
 * Renames every id of the SVG (Vega's clip paths and gradients, numbered by a process-wide
 * counter) to `<prefix>-<n>` in order of appearance, and rewrites the references to them. Two
 * charts on a page then never share an id, and the bytes no longer depend on what was rendered
 * before in the same process.
 */
export function renameIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = match[1];
    if (id !== undefined && !names.has(id)) names.set(id, `${prefix}-${names.size + 1}`);
  }
  if (names.size === 0) return svg;
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (all, open: string, id: string, close: string) => {
      const renamed = names.get(id);
      return renamed ? `${open}${renamed}${close}` : all;
    })
    .replace(/url\(#([^)]+)\)/g, (all, id: string) => {
      const renamed = names.get(id);
      return renamed ? `url(#${renamed})` : all;
    })
    .replace(/(href=")#([^"]+)(")/g, (all, open: string, id: string, close: string) => {
      const renamed = names.get(id);
      return renamed ? `${open}#${renamed}${close}` : all;
    });
}

/**
 * Makes the root element an accessible image: role="img", the description as its name and as
 * a <title> (read by assistive technology, shown on hover), and a class the site styles.
 */
export function labelSvg(svg: string, description: string): string {
  const label = escapeXml(description);
  const open = /^<svg\b([^>]*)>/.exec(svg);
  if (!open) return svg;
  const attributes = (open[1] ?? '').replace(/\sclass="[^"]*"/, '');
  // The chart is one image whose name is the description (its data table is the detailed
  // alternative): Vega's per-mark ARIA roles, which carry no names, would each be an unnamed
  // image to assistive technology (axe: svg-img-alt), so they are removed.
  const body = svg.slice(open[0].length).replace(/\s(role="graphics-[a-z]+"|aria-roledescription="[^"]*")/g, '');
  return `<svg${attributes} class="nps-chart-svg" role="img" aria-label="${label}"><title>${label}</title>${body}`;
}
