import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/parse/config.ts';
import { localized } from '../../src/report/stats-to-model.ts';
import { textIn } from '../../src/schema/localized-text.ts';

describe('a config text in one language or both', () => {
  it('reads a title and labels written in one language, and shows it in the other locale too', () => {
    const reading = parseConfig(
      'nps.config.yaml',
      [
        'site: { title: { en: "Our NPS" }, locale: fr }',
        'sources: [{ path: a.csv }]',
        'segments: [{ field: store, label: { fr: Magasin } }]',
        'themes: [{ id: wait, label: { fr: Attente, en: Waiting } }]',
      ].join('\n'),
    );
    expect(reading.issues).toEqual([]);
    const config = reading.config;
    if (!config) throw new Error('the config should be valid');
    expect(localized(config.site.title, 'NPS')).toEqual({ fr: 'Our NPS', en: 'Our NPS' });
    expect(localized(config.segments[0]?.label, 'store')).toEqual({ fr: 'Magasin', en: 'Magasin' });
    expect(localized(config.themes[0]?.label, 'wait')).toEqual({ fr: 'Attente', en: 'Waiting' });
  });

  it('takes the locale first, then the other language', () => {
    expect(textIn('Baromètre', 'en')).toBe('Baromètre');
    expect(textIn({ fr: 'Baromètre', en: 'Barometer' }, 'en')).toBe('Barometer');
    expect(textIn({ fr: 'Baromètre' }, 'en')).toBe('Baromètre');
    expect(textIn({ en: 'Barometer' }, 'fr')).toBe('Barometer');
  });

  it('still refuses a mapping with neither language', () => {
    const reading = parseConfig('nps.config.yaml', 'site: { title: {} }\nsources: [{ path: a.csv }]\n');
    expect(reading.config).toBeUndefined();
    expect(reading.issues.map((issue) => issue.code)).toEqual(['NPS002']);
  });
});
