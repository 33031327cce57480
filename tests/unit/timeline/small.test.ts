import { describe, expect, test, vi } from 'vitest';
import { eventIdFromHash, hashForEvent } from '../../../src/client/timeline/hash';
import { handleKey } from '../../../src/client/timeline/keyboard';
import { variantFor } from '../../../src/client/timeline/static';
import { fitLabel } from '../../../src/lib/timeline/geometry';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { linkArcs } from '../../../src/lib/timeline/links';
import { prepareTimeline } from '../../../src/lib/timeline/prepare';
import { toTimelineEvents } from '../../../src/lib/timeline/project';
import { timelineSummary } from '../../../src/lib/timeline/summary';
import { parseEventDate } from '../../../src/lib/dates';
import type { ModelEvent } from '../../../src/lib/model/types';
import { SEED_LIKE } from '../../fixtures/timeline/seed-like';

describe('fitLabel', () => {
  test.each([
    ['Short', 200, 'Short'],
    ['A title much too long for the room it has', 100, 'A title much…'],
    ['A title much too long for the room it has', 30, null],
  ])('fits "%s" into %ipx as %s', (text, width, expected) => {
    expect(fitLabel(text, width)).toBe(expected);
  });
});

describe('linkArcs', () => {
  test('draws one arc per typed link of the focused event, labelled with its reading', () => {
    const prepared = prepareTimeline(SEED_LIKE);
    const layout = layoutTimeline(prepared, { domain: prepared.extent, width: 1100 });
    const arcs = linkArcs(layout, prepared, prepared.indexById.get('ruling-23')!);
    expect(arcs.map((a) => [a.label, a.type])).toEqual([['Decides', 'decides']]);
    expect(arcs[0]!.d).toMatch(/^M[\d.]+,[\d.]+Q[\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
  });

  test.each(['month', 'scheduled-27'])('draws nothing for %s, which has no links', (id) => {
    const prepared = prepareTimeline(SEED_LIKE);
    const layout = layoutTimeline(prepared, { domain: prepared.extent, width: 1100 });
    expect(linkArcs(layout, prepared, prepared.indexById.get(id)!)).toEqual([]);
  });
});

describe('toTimelineEvents', () => {
  const model: ModelEvent = {
    id: 'ruling',
    filePath: 'content/events/x/ruling.mdx',
    data: {
      title: 'A court rules',
      summary: 'It ruled.',
      date: parseEventDate('../2025-05-23'),
      status: 'occurred',
      kind: 'ruling',
      cases: ['x'],
      actors: [
        { id: 'court', role: 'court' },
        { id: 'party', role: 'applicant' },
      ],
      court: 'court',
      sources: [],
      links: [],
      tags: [],
      published: parseEventDate('2026-01-01'),
      corrections: [],
    } as unknown as ModelEvent['data'],
    links: [{ type: 'decides', direction: 'out', label: 'Decides', event: 'request' }],
  };

  test('keeps what the timeline shows and the date as readers read it', () => {
    expect(toTimelineEvents([model], (id) => `/kb/events/${id}/`)).toEqual([
      {
        id: 'ruling',
        title: 'A court rules',
        summary: 'It ruled.',
        kind: 'ruling',
        status: 'occurred',
        when: 'on or before 23 May 2025',
        start: null,
        end: '2025-05-23',
        precision: 'day',
        qualifier: 'exact',
        span: 'on-or-before',
        url: '/kb/events/ruling/',
        cases: ['x'],
        actors: ['court', 'party'],
        links: [{ type: 'decides', label: 'Decides', event: 'request' }],
      },
    ]);
  });
});

describe('handleKey', () => {
  test.each([
    ['ArrowRight', 2, 3],
    ['ArrowDown', 2, 3],
    ['ArrowLeft', 2, 1],
    ['ArrowUp', 0, 0],
    ['ArrowRight', 5, 5],
    ['Home', 4, 0],
    ['End', 1, 5],
  ])('%s from event %i moves focus to event %i (of 6)', (key, current, expected) => {
    const focusEvent = vi.fn();
    expect(
      handleKey(key, {
        current,
        count: 6,
        focusEvent,
        zoomBy: vi.fn(),
        open: vi.fn(),
        dismiss: vi.fn(),
      }),
    ).toBe(true);
    expect(focusEvent).toHaveBeenCalledWith(expected);
  });

  test.each([
    ['+', 2],
    ['=', 2],
    ['-', 0.5],
  ])('%s zooms by %d', (key, factor) => {
    const zoomBy = vi.fn();
    handleKey(key, {
      current: 0,
      count: 6,
      focusEvent: vi.fn(),
      zoomBy,
      open: vi.fn(),
      dismiss: vi.fn(),
    });
    expect(zoomBy).toHaveBeenCalledWith(factor);
  });

  test('Enter opens, and other keys are left to the page', () => {
    const open = vi.fn();
    expect(
      handleKey('Enter', {
        current: 0,
        count: 6,
        focusEvent: vi.fn(),
        zoomBy: vi.fn(),
        open,
        dismiss: vi.fn(),
      }),
    ).toBe(true);
    expect(open).toHaveBeenCalled();
    expect(
      handleKey('Tab', {
        current: 0,
        count: 6,
        focusEvent: vi.fn(),
        zoomBy: vi.fn(),
        open,
        dismiss: vi.fn(),
      }),
    ).toBe(false);
  });
});

describe('eventIdFromHash', () => {
  test.each([
    [
      '#event=2025-05-23-cologne-court-denies-injunction',
      '2025-05-23-cologne-court-denies-injunction',
    ],
    ['#event=', null],
    ['#event=<img src=x>', null],
    ['#event=Upper', null],
    ['#other=abc', null],
    ['', null],
  ])('reads %s as %s', (hash, id) => {
    expect(eventIdFromHash(hash)).toBe(id);
  });

  test('round-trips an id through the fragment', () => {
    expect(eventIdFromHash(hashForEvent('a-b-1'))).toBe('a-b-1');
  });
});

describe('variantFor', () => {
  test.each([
    [200, 280],
    [326, 280],
    [360, 360],
    [479, 360],
    [700, 640],
    [1039, 800],
    [1600, 1040],
  ])('lays out a %ipx container at %i units: never wider, so text never shrinks', (css, units) => {
    expect(variantFor(css)).toBe(units);
  });
});

describe('timelineSummary', () => {
  test.each([
    [SEED_LIKE, 'Timeline of Case A: 6 events, month to scheduled-27. Listed below.'],
    [SEED_LIKE.slice(0, 1), 'Timeline of Case A: 1 event, month. Listed below.'],
    [[], 'Timeline of Case A: 0 events. Listed below.'],
  ])('names the chart, its size and its range', (events, expected) => {
    expect(timelineSummary('Case A', prepareTimeline(events), 'Listed below.')).toBe(expected);
  });
});
