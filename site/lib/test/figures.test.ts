import type { ChangeModel } from '@nps-pages/core';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../i18n/index.ts';
import { changeSentence, pValueText } from '../figures.ts';
import { createFormatters } from '../format.ts';

const change: ChangeModel = {
  difference: -12,
  standardError: 5,
  interval: null,
  z: -2.4,
  p: 0.016,
  significant: false,
  testable: true,
  reason: null,
  verdict: 'within-noise',
};

describe('pValueText', () => {
  const fr = createFormatters('fr');
  const en = createFormatters('en');

  it('shows the raw p of a single comparison', () => {
    expect(pValueText(change, messagesFor('fr'), fr)).toBe('p\u00a0=\u00a00,02');
  });

  it('shows the adjusted p of a family, named as such, in both languages', () => {
    const inFamily = { ...change, adjusted: { p: 0.192, family: 12 } };
    expect(pValueText(inFamily, messagesFor('fr'), fr)).toBe('p ajusté (Holm)\u00a0=\u00a00,19');
    expect(pValueText(inFamily, messagesFor('en'), en)).toBe('Holm-adjusted p\u00a0=\u00a00.19');
    expect(changeSentence(inFamily, messagesFor('en'), en)).toContain('(Holm-adjusted p\u00a0=\u00a00.19)');
  });

  it('says nothing where the change was not testable', () => {
    expect(pValueText({ ...change, p: null, adjusted: { p: null, family: 3 } }, messagesFor('en'), en)).toBe('');
  });
});
