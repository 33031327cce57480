import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { corpusDate, createRandom, writeCorpus } from '../corpus';
import { parseEventDate, precisionOf, yearOf } from '../../src/lib/dates';

function digest(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    hash.update(name);
    try {
      hash.update(readFileSync(join(dir, name)));
    } catch {
      // a folder
    }
  }
  return hash.digest('hex');
}

describe('writeCorpus', () => {
  test('writes the same files byte for byte every time', () => {
    const a = mkdtempSync(join(tmpdir(), 'casetrail-corpus-'));
    const b = mkdtempSync(join(tmpdir(), 'casetrail-corpus-'));
    writeCorpus(120, a);
    writeCorpus(120, b);
    expect(digest(a)).toBe(digest(b));
  });

  test.each([
    [100, 3, 10],
    [1000, 4, 25],
  ])('%d events: every event file, the bench-all case holding all of them', (n, cases, actors) => {
    const dir = mkdtempSync(join(tmpdir(), 'casetrail-corpus-'));
    expect(writeCorpus(n, dir)).toEqual({ events: n, cases, actors });
    const files = readdirSync(join(dir, 'events'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.mdx'),
    );
    expect(files).toHaveLength(n);
    const first = parse(
      readFileSync(join(dir, 'events', files[0] as string), 'utf8').split('---')[1] as string,
    );
    expect(first.cases).toContain('bench-all');
    expect(first.sources.length).toBeGreaterThan(0);
  });
});

describe('corpusDate', () => {
  const dates = (n: number) => {
    const random = createRandom(n);
    return Array.from({ length: n }, (_, i) => parseEventDate(corpusDate(i, n, random)));
  };

  test.each([100, 1000])(
    'at %d events, every date parses and they spread over 2000 to 2024',
    (n) => {
      const years = dates(n).map(yearOf);
      expect(Math.min(...years)).toBe(2000);
      expect(Math.max(...years)).toBe(2024);
    },
  );

  test.each([
    ['precision', ['day', 'month', 'year']],
    ['qualifier', ['exact', 'approximate', 'uncertain', 'approximate-uncertain']],
    ['span', ['point', 'interval', 'on-or-before', 'on-or-after']],
  ] as const)('covers every %s at 1,000 events', (field, values) => {
    const seen = new Set(
      dates(1000).map((d) => (field === 'precision' ? precisionOf(d) : d[field])),
    );
    expect([...seen].sort()).toEqual([...values].sort());
  });
});
