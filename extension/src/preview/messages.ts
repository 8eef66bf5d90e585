import type { PreviewModel } from '@nps-pages/core';

/**
 * Every message between the preview webview and the extension, as discriminated unions. Messages
 * from the webview are untrusted input (a webview is a web page): they are checked with
 * `isWebviewMessage` before anything acts on them.
 */
export type ToWebview =
  /** The figures to show, with the trend already drawn as an SVG string (escaped). */
  | { type: 'model'; model: PreviewModel; trendSvg: string }
  /** Nothing to show, and why (no config, no response file, no valid response). */
  | { type: 'empty'; message: string };

export type FromWebview =
  /** The script has loaded and listens: send the current model. */
  | { type: 'ready' }
  /** The user asked to validate the whole data folder (the Problems panel fills). */
  | { type: 'validateAll' };

export function isWebviewMessage(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return (type === 'ready' || type === 'validateAll') && Object.keys(value).length === 1;
}

export function isToWebviewMessage(value: unknown): value is ToWebview {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'empty') return typeof message.message === 'string';
  return (
    message.type === 'model' &&
    typeof message.trendSvg === 'string' &&
    typeof message.model === 'object' &&
    message.model !== null
  );
}
