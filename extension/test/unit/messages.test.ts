import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, previewHtml } from '../../src/preview/html.ts';
import { isToWebviewMessage, isWebviewMessage } from '../../src/preview/messages.ts';

describe('messages from the preview webview', () => {
  it('accepts exactly the members of the union', () => {
    expect(isWebviewMessage({ type: 'ready' })).toBe(true);
    expect(isWebviewMessage({ type: 'validateAll' })).toBe(true);
    expect(isWebviewMessage({ type: 'ready', extra: 1 })).toBe(false);
    expect(isWebviewMessage({ type: 'runCommand', command: 'rm' })).toBe(false);
    expect(isWebviewMessage('ready')).toBe(false);
    expect(isWebviewMessage(null)).toBe(false);
  });

  it('recognises what the extension posts', () => {
    expect(isToWebviewMessage({ type: 'empty', message: 'Aucune réponse valide.' })).toBe(true);
    expect(isToWebviewMessage({ type: 'model', model: {}, trendSvg: '<svg></svg>' })).toBe(true);
    expect(isToWebviewMessage({ type: 'model', model: null, trendSvg: '' })).toBe(false);
  });
});

describe('the preview HTML', () => {
  it('allows only the nonce script and local styles, and no network', () => {
    const policy = contentSecurityPolicy('https://file+.vscode-resource.vscode-cdn.net', 'abc123');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'nonce-abc123'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  it('puts the nonce on its only script and escapes the title', () => {
    const html = previewHtml({
      cspSource: 'vscode-resource:',
      nonce: 'n0nce',
      scriptUri: 'vscode-resource:/dist/webview/preview.js',
      styleUri: 'vscode-resource:/dist/webview/preview.css',
      title: 'Aperçu <NPS>',
      lang: 'fr',
    });
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script nonce="n0nce" src="vscode-resource:/dist/webview/preview.js">');
    expect(html).toContain('<title>Aperçu &#60;NPS&#62;</title>');
    expect(html).not.toMatch(/style="/);
  });

  it('draws a new nonce each time, long enough not to be guessed', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
