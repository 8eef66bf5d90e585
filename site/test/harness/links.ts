// A link checker over a built site: every internal href/src/srcset in every HTML file, and every
// url() in every CSS file, must map to a file of dist/ (and a #fragment to an id of its page).
// Internal means relative, or absolute under the base path; an absolute path outside the base is
// itself a broken link (it works at '/' and breaks on GitHub Pages project sites).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { listFiles } from './dist-files.ts';

export interface BrokenLink {
  /** The file holding the link, relative to dist/. */
  from: string;
  link: string;
  reason: string;
}

const ATTRIBUTE = /\s(href|src|srcset|poster|action|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
// A start tag with its attributes (quoted values may hold '>'): attributes are only read inside
// one, so escaped text such as '&lt;img src=x&gt;' in a verbatim is never taken for a link.
const START_TAG = /<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const SCRIPT_OR_STYLE_BODY = /<(script|template)\b[^>]*>[\s\S]*?<\/\1>/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' };

function decodeEntities(value: string): string {
  return value.replace(/&(?:amp|quot|#39|#x27|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** The link values of an HTML document, decoded, with srcset split into its URLs. */
export function htmlLinks(html: string): string[] {
  const links: string[] = [];
  // Script and template bodies are code, not markup: a string in them is not a link.
  const markup = html.replace(SCRIPT_OR_STYLE_BODY, (match) => match.slice(0, match.indexOf('>') + 1));
  for (const match of tagAttributes(markup).matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (name === 'srcset') links.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
    else links.push(value);
  }
  return links.filter(Boolean);
}

export function cssLinks(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((match) => (match[1] ?? match[2] ?? match[3] ?? '').trim()).filter(Boolean);
}

/** The attribute text of every start tag, one tag a line (a leading space keeps the \s of the patterns). */
function tagAttributes(html: string): string {
  return [...html.matchAll(START_TAG)].map((match) => ` ${match[1] ?? ''}`).join('\n');
}

function htmlIds(html: string): Set<string> {
  return new Set([...tagAttributes(html).matchAll(ID)].map((match) => decodeEntities(match[1] ?? match[2] ?? match[3] ?? '')));
}

function isExternal(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//');
}

/** The dist/ file a site path (under the base, no query) maps to, as a static host resolves it. */
function fileForPath(root: string, sitePath: string): string | undefined {
  const candidate = join(root, sitePath);
  if (sitePath === '' || sitePath.endsWith('/'))
    return existsSync(join(candidate, 'index.html')) ? join(sitePath, 'index.html') : undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isDirectory())
    return existsSync(join(candidate, 'index.html')) ? join(sitePath, 'index.html') : undefined;
  return sitePath;
}

export function checkLinks(root: string, options: { base: string }): { checked: number; broken: BrokenLink[] } {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const files = listFiles(root);
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsOf.get(file);
    if (!set) {
      set = htmlIds(readFileSync(join(root, file), 'utf8'));
      idsOf.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const from of files) {
    const isHtml = from.endsWith('.html');
    if (!isHtml && !from.endsWith('.css')) continue;
    const text = readFileSync(join(root, from), 'utf8');
    const fromUrl = `${base}${from}`;
    for (const link of isHtml ? htmlLinks(text) : cssLinks(text)) {
      if (isExternal(link) || link.startsWith('data:')) continue;
      checked++;
      const [withoutHash = '', fragment] = link.split('#', 2);
      const path = withoutHash.split('?', 1)[0] ?? '';
      const absolute = path === '' ? fromUrl : path.startsWith('/') ? path : posix.join(posix.dirname(fromUrl), path);
      if (!absolute.startsWith(base)) {
        broken.push({ from, link, reason: `outside the base path ${base}` });
        continue;
      }
      let sitePath: string;
      try {
        sitePath = decodeURIComponent(absolute.slice(base.length));
      } catch {
        broken.push({ from, link, reason: 'malformed percent-encoding' });
        continue;
      }
      const target = fileForPath(root, sitePath);
      if (!target) broken.push({ from, link, reason: `no file for ${sitePath || '(home)'}` });
      else if (fragment && target.endsWith('.html') && !ids(target).has(decodeURIComponent(fragment))) {
        broken.push({ from, link, reason: `no id "${fragment}" in ${target}` });
      }
    }
  }
  return { checked, broken };
}
