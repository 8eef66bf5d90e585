import { Marked, type Tokens } from 'marked';

/**
 * Action bodies are Markdown written by the team in data/actions/*.md: rendered with `marked`, but
 * raw HTML in them is shown as text (escaped), never passed through, and links keep only safe
 * protocols. The output is the one place besides charts where the site injects HTML.
 */
const SAFE_URL = /^(?:https?:|mailto:|#|\/(?!\/)|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link): string {
      const text = this.parser.parseInline(token.tokens);
      if (!SAFE_URL.test(token.href.trim())) return text;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      return `<a href="${escapeHtml(token.href)}"${title} rel="noopener">${text}</a>`;
    },
    image(token: Tokens.Image): string {
      // No images from data files: an external image would leak readers' IPs; show the alt text.
      return escapeHtml(token.text);
    },
  },
});

/**
 * Markdown to HTML with raw HTML escaped and unsafe links dropped. Headings are moved so that the
 * body's highest heading sits at `topLevel` (default 2, under the page's h1), keeping their order
 * without skipped levels (what screen readers navigate by).
 */
export function renderMarkdown(markdown: string, options: { topLevel?: number } = {}): string {
  const html = marked.parse(markdown, { async: false });
  const levels = [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
  if (levels.length === 0) return html;
  const shift = (options.topLevel ?? 2) - Math.min(...levels);
  return shift === 0
    ? html
    : html.replace(
        /<(\/?)h([1-6])\b/g,
        (_, slash: string, level: string) => `<${slash}h${Math.max(1, Math.min(6, Number(level) + shift))}`,
      );
}
