import { describe, expect, test } from 'vitest';
import { humanise, jurisdictionLabel } from '../../src/lib/labels';

describe('humanise', () => {
  test.each([
    ['regulatory-action', 'Regulatory action'],
    ['ngo', 'NGO'],
    ['consumer-organisation', 'Consumer organisation'],
    ['ruling', 'Ruling'],
  ])('shows %s as "%s"', (value, shown) => {
    expect(humanise(value)).toBe(shown);
  });
});

describe('jurisdictionLabel', () => {
  test.each([
    ['DE', 'Germany'],
    ['EU', 'European Union'],
    ['XX-NOT-A-CODE', 'XX-NOT-A-CODE'],
  ])('names %s as "%s"', (code, name) => {
    expect(jurisdictionLabel(code)).toBe(name);
  });
});
