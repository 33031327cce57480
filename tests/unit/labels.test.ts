import { describe, expect, test } from 'vitest';
import { humanise, jurisdictionLabel, LINK_LABELS, statusSentence } from '../../src/lib/labels';

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

describe('statusSentence', () => {
  test.each([
    ['occurred', 'Occurred'],
    ['scheduled', 'Scheduled (announced for this date; not reported as having happened)'],
    ['cancelled', 'Cancelled'],
  ] as const)('says %s as "%s"', (status, sentence) => {
    expect(statusSentence(status)).toBe(sentence);
  });
});

describe('LINK_LABELS', () => {
  test.each([
    ['responds-to', 'Responds to', 'Answered by'],
    ['decides', 'Decides', 'Decided by'],
    ['reports-on', 'Reports on', 'Reported by'],
  ] as const)('reads %s as "%s" one way and "%s" the other', (type, out, back) => {
    expect(LINK_LABELS[type]).toEqual({ out, in: back });
  });
});
