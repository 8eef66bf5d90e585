/// <reference lib="dom" />
import type { PreviewModel } from '@nps-pages/core';
import { plural } from '@nps-pages/core/plural';
import { type FromWebview, isToWebviewMessage } from './messages.ts';

/**
 * The script of the preview webview (bundled apart, for the browser). It renders what the
 * extension sends and nothing else: every text is set with textContent; the trend SVG comes
 * escaped from core. It talks back only with the FromWebview union.
 */
declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

const WORDS = {
  fr: {
    interval: (level: number, low: string, high: string) => `Intervalle à ${level} % : ${low} à ${high}`,
    promoters: 'Promoteurs',
    passives: 'Passifs',
    detractors: 'Détracteurs',
    trend: 'Tendance mensuelle',
    verbatims: 'Derniers verbatims',
    scopeAll: 'Toutes les données',
    problems: (errors: number, warnings: number) =>
      `${plural(errors, { one: '{n} erreur', other: '{n} erreurs' }, 'fr')}, ${plural(warnings, { one: '{n} avertissement', other: '{n} avertissements' }, 'fr')} : les réponses en erreur ne comptent pas.`,
    validate: 'Valider toutes les données',
  },
  en: {
    interval: (level: number, low: string, high: string) => `${level}% interval: ${low} to ${high}`,
    promoters: 'Promoters',
    passives: 'Passives',
    detractors: 'Detractors',
    trend: 'Monthly trend',
    verbatims: 'Latest verbatims',
    scopeAll: 'Whole data set',
    problems: (errors: number, warnings: number) =>
      `${plural(errors, { one: '{n} error', other: '{n} errors' }, 'en')}, ${plural(warnings, { one: '{n} warning', other: '{n} warnings' }, 'en')}: responses with errors are not counted.`,
    validate: 'Validate all data',
  },
} as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function points(value: number): string {
  const rounded = Math.round(value);
  return rounded < 0 ? `\u2212${-rounded}` : String(rounded);
}

function render(model: PreviewModel, svg: string): void {
  const words = WORDS[model.locale];
  const { summary } = model;
  const root = element('div', 'preview');
  root.append(element('p', 'scope', model.scope ?? words.scopeAll), element('h1', 'headline', model.headline));
  if (summary.ci) {
    const level = Math.round(summary.ci.confidence * 100);
    root.append(element('p', 'interval', words.interval(level, points(summary.ci.low), points(summary.ci.high))));
  }
  if (summary.shares) {
    const split = element('div', 'split');
    const parts = [
      ['detractor', words.detractors, summary.shares.detractors],
      ['passive', words.passives, summary.shares.passives],
      ['promoter', words.promoters, summary.shares.promoters],
    ] as const;
    for (const [kind, label, share] of parts) {
      const bar = element('span', `bar ${kind}`, `${label} ${points(share)} %`);
      bar.dataset.share = String(share);
      split.append(bar);
    }
    root.append(split);
  }
  if (model.problems.errors + model.problems.warnings > 0) {
    const problems = element('p', 'problems', words.problems(model.problems.errors, model.problems.warnings));
    const button = element('button', 'validate', words.validate);
    button.addEventListener('click', () => vscode.postMessage({ type: 'validateAll' }));
    problems.append(' ', button);
    root.append(problems);
  }
  root.append(element('h2', 'section', words.trend));
  const chart = element('div', 'chart');
  // Built by core's trendSvg from numbers and escaped keys only.
  chart.innerHTML = svg;
  root.append(chart, element('h2', 'section', words.verbatims));
  const list = element('ul', 'verbatims');
  for (const verbatim of model.verbatims) {
    const item = element('li', `verbatim ${verbatim.category}`);
    item.append(element('span', 'meta', `${verbatim.day} · ${verbatim.score}`), element('q', 'text', verbatim.text));
    list.append(item);
  }
  root.append(list);
  app.replaceChildren(root);
  // Widths through the CSS object model: inline style attributes would need 'unsafe-inline' in the policy.
  for (const bar of root.querySelectorAll<HTMLElement>('.bar')) bar.style.flexGrow = bar.dataset.share ?? '0';
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isToWebviewMessage(message)) return;
  if (message.type === 'empty') app.replaceChildren(element('p', 'empty', message.message));
  else render(message.model, message.trendSvg);
});

vscode.postMessage({ type: 'ready' });
