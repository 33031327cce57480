import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { createCardMedia, createEventList } from '../../../src/client/timeline/event-list';
import { cardMediaView } from '../../../src/lib/mdx/media';
import { generateTimelineEvents } from '../../../src/harness/synthetic-timeline';
import { eventListItems, type EventListExtras } from '../../../src/lib/timeline/event-list';

const events = generateTimelineEvents(30, { seed: 3, years: 40 });
const plain = (): EventListExtras => ({ datetime: '2000', overdue: false, note: null });

describe('eventListItems', () => {
  test.each([[[0, 1, 2, 3]], [[10, 14, 20]], [[29]]])(
    'lists events %j, the first shown without a gap before it',
    (indices) => {
      const items = eventListItems(events, plain, undefined, indices);
      expect(items.map((i) => i.id)).toEqual(indices.map((i) => events[i]!.id));
      expect(items[0]?.gap).toBeNull();
      expect(items.slice(1).every((i) => i.gap !== null)).toBe(true);
    },
  );

  test('words a long gap between two listed events', () => {
    const items = eventListItems(events, plain);
    expect(items.some((i) => /^\d+ (weeks|months|years?) later$/.test(i.gap?.text ?? ''))).toBe(
      true,
    );
  });
});

describe('createEventList', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const doc = document;
  const items = eventListItems(events, (e) => ({
    datetime: e.start ?? '',
    overdue: e.status === 'scheduled',
    note: e.status === 'scheduled' ? 'Scheduled for then; not reported since.' : null,
  }));

  test.each([
    [{ label: 'Events', level: 3 }, 'h3', null, null, 'event-'],
    [{ label: 'Events', level: 2 }, 'h2', null, null, 'event-'],
    [
      {
        label: 'Events',
        level: null,
        target: '_top',
        parts: true,
        window: { start: 40, total: 70 },
      },
      '.ct-event-title',
      '_top',
      'event',
      null,
    ],
  ] as const)(
    'with %j titles events with %s, links with target %s and parts %s',
    (options, title, target, part, idPrefix) => {
      const list = createEventList(doc, items, options);
      const first = list.querySelector('li')!;
      expect(list.getAttribute('aria-label')).toBe('Events');
      expect(list.querySelectorAll('li')).toHaveLength(items.length);
      expect(first.querySelector(`${title} a`)?.textContent).toBe(events[0]!.title);
      expect(first.querySelector(`${title} a`)?.getAttribute('target')).toBe(target);
      expect(first.getAttribute('part')).toBe(part);
      expect(first.querySelector('article')?.getAttribute('id')).toBe(
        idPrefix && `${idPrefix}${events[0]!.id}`,
      );
      // In a window of a longer list, each item says where it stands in the whole.
      expect(first.getAttribute('aria-posinset')).toBe(options.level ? null : '41');
      expect(first.getAttribute('aria-setsize')).toBe(options.level ? null : '70');
    },
  );

  test('marks a passed scheduled date and words it under the title', () => {
    const list = createEventList(doc, items, { label: 'Events', level: 3 });
    const overdue = [...list.querySelectorAll('li[data-overdue]')];
    expect(overdue.map((li) => li.getAttribute('data-event-id'))).toEqual(
      events.filter((e) => e.status === 'scheduled').map((e) => e.id),
    );
    for (const li of overdue)
      expect(li.querySelector('.status-note')?.textContent).toBe(
        'Scheduled for then; not reported since.',
      );
  });

  test('escapes titles and leaves a title without an address unlinked', () => {
    const [item] = eventListItems(
      [{ ...events[0]!, title: '<img src=x onerror=alert(1)>', url: '' }],
      plain,
    );
    const html = createEventList(doc, [item!], { label: 'Events', level: 3 }).outerHTML;
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<a[ >]/);
  });
});

// The widget's card media (the site's card draws the same, without part= and target).
// linkedom writes attributes last-set first.
describe('createCardMedia', () => {
  const doc = parseHTML('<!doctype html><html><body></body></html>').document;
  test.each([
    [
      'a picture, lazy, with its caption as alt text and its credit under it',
      { src: 'https://x.test/court.jpg', caption: 'The court', credit: 'Photo: A' },
      '<figure part="media" class="card-media"><img decoding="async" loading="lazy" alt="The court" src="https://x.test/court.jpg"><figcaption><span class="credit">Photo: A</span></figcaption></figure>',
    ],
    [
      'a picture without caption or credit as decoration',
      { src: 'https://x.test/court.png' },
      '<figure part="media" class="card-media"><img decoding="async" loading="lazy" alt="" src="https://x.test/court.png"></figure>',
    ],
    [
      'a page as a link with its credit',
      { src: 'https://x.test/letter', caption: 'The letter', credit: 'A paper' },
      '<p part="media" class="card-media"><a target="_top" href="https://x.test/letter">The letter</a> · <span class="credit">A paper</span></p>',
    ],
    [
      'markup in a caption or credit as text, never as elements',
      { src: 'https://x.test/letter', caption: '<img src=x onerror=alert(1)>', credit: '<b>A</b>' },
      '<p part="media" class="card-media"><a target="_top" href="https://x.test/letter">&lt;img src=x onerror=alert(1)&gt;</a> · <span class="credit">&lt;b&gt;A&lt;/b&gt;</span></p>',
    ],
  ])('shows %s', (_, media, html) => {
    expect(
      createCardMedia(doc, cardMediaView(media), { target: '_top', parts: true }).outerHTML,
    ).toBe(html);
  });
});
