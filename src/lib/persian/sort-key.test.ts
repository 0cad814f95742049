import { describe, expect, it } from 'vitest';
import { persianSortKey } from './sort-key.js';

describe('persianSortKey', () => {
  const sortFa = (words: string[]) => [...words].sort((a, b) => (persianSortKey(a) < persianSortKey(b) ? -1 : persianSortKey(a) > persianSortKey(b) ? 1 : 0));

  it('orders پ چ ژ گ ک ی as the Persian alphabet does, not by code point', () => {
    expect(sortFa(['یاس', 'پارک', 'گلشهر', 'کوثر', 'چمران', 'ژاله', 'باغ', 'آزادی', 'اسلام‌آباد'])).toEqual([
      'آزادی',
      'اسلام‌آباد',
      'باغ',
      'پارک',
      'چمران',
      'ژاله',
      'کوثر',
      'گلشهر',
      'یاس',
    ]);
  });

  it('sorts Arabic letter forms with their Persian letters and ignores ZWNJ', () => {
    expect(persianSortKey('علي')).toBe(persianSortKey('علی'));
    expect(persianSortKey('كوي')).toBe(persianSortKey('کوی'));
    expect(persianSortKey('علی‌آباد')).toBe(persianSortKey('علیآباد'));
  });

  it('puts shorter prefixes first and Latin before Persian', () => {
    expect(persianSortKey('کوی') < persianSortKey('کوی ولیعصر')).toBe(true);
    expect(persianSortKey('Zone 9') < persianSortKey('آزادی')).toBe(true);
  });
});
