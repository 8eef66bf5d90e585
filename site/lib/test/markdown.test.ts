import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../markdown.ts';

describe('renderMarkdown', () => {
  it('renders Markdown with its highest heading just below the page title, and no level skipped', () => {
    const html = renderMarkdown('## Contexte\n\nUn **client** sur trois.\n\n- a\n- b\n');
    expect(html).toContain('<h2');
    expect(renderMarkdown('# Titre\n\n## Partie\n')).toMatch(/<h2[^>]*>Titre<\/h2>\s*<h3[^>]*>Partie<\/h3>/);
    expect(renderMarkdown('### Seul\n', { topLevel: 3 })).toMatch(/^<h3/);
    expect(html).toContain('<strong>client</strong>');
    expect(html).toContain('<li>a</li>');
  });

  it('shows raw HTML as text instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nTexte <img src=x onerror=alert(1)> fin\n\n"><svg onload=alert(1)>');
    expect(html).not.toMatch(/<script|<img|<svg/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('drops links with unsafe protocols but keeps their text', () => {
    const html = renderMarkdown('[bad](javascript:alert(1)) [ok](https://example.org/a?b=1) [rel](../themes/)');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('bad');
    expect(html).toContain('href="https://example.org/a?b=1"');
    expect(html).toContain('href="../themes/"');
  });

  it('never loads images from data files', () => {
    expect(renderMarkdown('![tracker](https://evil.example/p.gif)')).not.toContain('<img');
  });
});
