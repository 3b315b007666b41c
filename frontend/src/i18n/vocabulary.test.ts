import { describe, expect, it } from 'vitest';
import { ENUM_VALUES } from '@/api/enums';
import { resources, SUPPORTED_LANGUAGES } from '.';

const names = Object.keys(ENUM_VALUES) as (keyof typeof ENUM_VALUES)[];

describe('vocabulary', () => {
  it.each(SUPPORTED_LANGUAGES)('labels every value of every API enum in %s', (language) => {
    const vocabulary = resources[language]!.vocabulary as Record<string, Record<string, unknown>> | undefined;
    const missing = names.flatMap((name) =>
      ENUM_VALUES[name].filter((value) => typeof vocabulary?.[name]?.[value] !== 'string').map((value) => `${name}.${value}`),
    );
    expect(names.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('labels nothing the API does not have in %s', (language) => {
    const vocabulary = resources[language]!.vocabulary as Record<string, Record<string, unknown>>;
    const extra = Object.entries(vocabulary).flatMap(([name, labels]) =>
      Object.keys(labels).filter((value) => !(ENUM_VALUES as Record<string, readonly string[]>)[name]?.includes(value)).map((value) => `${name}.${value}`),
    );
    expect(extra).toEqual([]);
  });
});
