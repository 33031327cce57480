import { describe, expect, test } from 'vitest';
import { casePageFigures, readerRatios, widgetFigures } from '../reader/figures';

describe('readerRatios', () => {
  test.each([
    [
      'the case page against the peer’s whole host page',
      { 'casePage.bytes': 100_000, 'widget.vis.bytes': 400_000 },
      { 'casePage.bytes/vis': 0.25 },
    ],
    [
      'the widget against each peer',
      {
        'widget.ours.srcToDrawnMs': 300,
        'widget.vis.srcToDrawnMs': 600,
        'widget.timelinejs.srcToDrawnMs': 3000,
      },
      { 'widget.srcToDrawnMs/vis': 0.5, 'widget.srcToDrawnMs/timelinejs': 0.1 },
    ],
    [
      'one peer count serves the page and the widget rows',
      { 'casePage.domNodes': 5000, 'widget.ours.domNodes': 2000, 'widget.vis.domNodes': 10_000 },
      { 'casePage.domNodes/vis': 0.5, 'widget.domNodes/vis': 0.2 },
    ],
    ['a peer not loaded gives no ratio', { 'widget.ours.dataBytes': 1000 }, {}],
    [
      'a zero peer figure gives no number',
      { 'widget.ours.dataBytes': 1000, 'widget.vis.dataBytes': 0 },
      { 'widget.dataBytes/vis': null },
    ],
  ])('%s', (_, figures, expected) => {
    expect(readerRatios(figures)).toEqual(expected);
  });
});

const load = {
  mainThreadMs: 420,
  startToLiveMs: 310,
  lcpMs: 800,
  bytes: 250_000,
  dataBytes: 90_000,
  domNodes: 2500,
};

describe('casePageFigures', () => {
  test.each([
    [
      'every figure of a load',
      load,
      {
        'casePage.mainThreadMs': 420,
        'casePage.lcpMs': 800,
        'casePage.bytes': 250_000,
        'casePage.domNodes': 2500,
      },
    ],
    [
      'no LCP when the browser reported none',
      { ...load, lcpMs: null },
      { 'casePage.mainThreadMs': 420, 'casePage.bytes': 250_000, 'casePage.domNodes': 2500 },
    ],
  ])('%s', (_, figures, expected) => {
    expect(casePageFigures(figures)).toEqual(expected);
  });
});

describe('widgetFigures', () => {
  test.each([
    [
      'ours',
      load,
      {
        'widget.ours.mainThreadMs': 420,
        'widget.ours.srcToDrawnMs': 310,
        'widget.ours.lcpMs': 800,
        'widget.ours.bytes': 250_000,
        'widget.ours.dataBytes': 90_000,
        'widget.ours.domNodes': 2500,
      },
    ],
    [
      'vis',
      { ...load, startToLiveMs: null, lcpMs: null },
      {
        'widget.vis.mainThreadMs': 420,
        'widget.vis.bytes': 250_000,
        'widget.vis.dataBytes': 90_000,
        'widget.vis.domNodes': 2500,
      },
    ],
  ] as const)('names the figures of %s by widget', (id, figures, expected) => {
    expect(widgetFigures(id, figures)).toEqual(expected);
  });
});
