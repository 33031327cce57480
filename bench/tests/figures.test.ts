import { describe, expect, test } from 'vitest';
import { mediansOf, peerRatios } from '../lib/figures';
import { summarize } from '../lib/stats';

describe('peerRatios', () => {
  test.each([
    [
      'ours half of vis',
      { 'ours.firstRenderCpuMs': 50, 'vis.firstRenderCpuMs': 100 },
      { 'firstRenderCpuMs/vis': 0.5 },
    ],
    [
      'both peers',
      { 'ours.domNodesMax': 900, 'vis.domNodesMax': 45_000, 'timelinejs.domNodesMax': 90_000 },
      { 'domNodesMax/vis': 0.02, 'domNodesMax/timelinejs': 0.01 },
    ],
    ['a peer that was not run gives no ratio', { 'ours.bytes': 25_000 }, {}],
    [
      'a peer figure of zero gives no number',
      { 'ours.zoomFrameCpuMs': 5, 'vis.zoomFrameCpuMs': 0 },
      { 'zoomFrameCpuMs/vis': null },
    ],
    ['site figures are not widget figures', { 'build.seconds': 30, 'vis.build.seconds': 10 }, {}],
  ])('%s', (_, figures, expected) => {
    expect(peerRatios(figures)).toEqual(expected);
  });
});

describe('mediansOf', () => {
  test('keeps the median of each figure', () => {
    expect(
      mediansOf({ 'build.seconds': summarize([30, 10, 20]), 'ours.bytes': summarize([5]) }),
    ).toEqual({ 'build.seconds': 20, 'ours.bytes': 5 });
  });
});
