import { describe, expect, it } from 'vitest';
import i18n, { resources, SUPPORTED_LANGUAGES } from '.';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function leaves(value: unknown): string[] {
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [String(value)];
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();
}

describe('translations', () => {
  const nl = resources.nl!;
  const en = resources.en!;

  it('has the same namespaces in every language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(nl).length).toBeGreaterThanOrEqual(9);
  });

  it.each(Object.keys(resources.nl!))('namespace %s has the same keys in nl and en', (namespace) => {
    expect(keys(en[namespace]).sort()).toEqual(keys(nl[namespace]).sort());
  });

  it.each(Object.keys(resources.nl!))('namespace %s uses the same placeholders in nl and en', (namespace) => {
    for (const key of keys(nl[namespace])) {
      const get = (tree: unknown) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree);
      expect(placeholders(String(get(en[namespace]))), `${namespace}:${key}`).toEqual(placeholders(String(get(nl[namespace]))));
    }
  });

  it('has no empty strings', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      for (const text of leaves(resources[language])) expect(text.trim()).not.toBe('');
    }
  });

  it('defaults to Dutch and follows a language change on <html lang>', async () => {
    expect(i18n.language).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(i18n.t('nav.plan')).toBe('Strategisch plan');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('leerkoers.language')).toBe('en');
    expect(i18n.t('nav.plan')).toBe('Strategic plan');
  });
});
