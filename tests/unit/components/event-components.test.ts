import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import EventDate from '../../../src/components/EventDate.astro';
import EventList from '../../../src/components/EventList.astro';
import SourceList from '../../../src/components/SourceList.astro';
import { parseEventDate } from '../../../src/lib/dates';
import { sourceSchema } from '../../../src/schemas/source';
import { makeModel, rawEvent } from '../../helpers/model';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown>,
) => parseHTML(`<body>${await container.renderToString(component, { props })}</body>`).document;

describe('EventDate', () => {
  test.each([
    ['2025-04', 'April 2025', '2025-04', 'month'],
    ['../2025-05-23', 'on or before 23 May 2025', '2025-05-23', 'day'],
    ['2025-05-23~', 'about 23 May 2025', '2025-05-23', 'day'],
    ['2025', '2025', '2025', 'year'],
  ])(
    'renders %s as a <time> reading "%s" with datetime %s',
    async (edtf, text, datetime, precision) => {
      const doc = await render(EventDate, { date: parseEventDate(edtf) });
      const time = doc.querySelector('time')!;
      expect(time.textContent).toBe(text);
      expect(time.getAttribute('datetime')).toBe(datetime);
      expect(time.getAttribute('data-precision')).toBe(precision);
    },
  );
});

describe('EventList', () => {
  const model = makeModel({
    start: rawEvent({
      title: 'Training <starts>',
      date: '2025-05-27',
      status: 'scheduled',
      kind: 'deadline',
    }),
    ruling: rawEvent({ title: 'A ruling', kind: 'ruling', date: '2023-05-01' }),
  });
  const events = ['ruling', 'start'].map((id) => model.eventsById.get(id));

  test('shows a scheduled event with its badge, its kind and an escaped title linking to its page', async () => {
    const doc = await render(EventList, { events, label: 'Events' });
    const item = doc.querySelector('li[data-event-id="start"]')!;
    expect(item.querySelector('h3 a')?.getAttribute('href')).toBe('/events/start/');
    expect(item.querySelector('h3 a')?.textContent).toBe('Training <starts>');
    expect(item.querySelector('.badge-scheduled')?.textContent).toBe('Scheduled');
    expect(item.querySelector('.when')?.textContent).toBe('27 May 2025 · Deadline Scheduled');
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe('2025-05-27');
    // Its date has passed without an update: the card says so, as of the build day.
    expect(item.hasAttribute('data-overdue')).toBe(true);
    expect(item.querySelector('.status-note')?.textContent).toMatch(
      /^Scheduled for 27 May 2025; not reported as having happened as of \d{1,2} \w+ \d{4}$/,
    );
  });

  test('shows no status badge for an event that occurred, and the time between events', async () => {
    const doc = await render(EventList, { events, label: 'Events', level: 2 });
    const item = doc.querySelector('li[data-event-id="ruling"]')!;
    expect(item.querySelector('.badge')).toBeNull();
    expect(item.querySelector('h2 a')?.textContent).toBe('A ruling');
    expect(item.querySelector('.event-gap')).toBeNull();
    expect(doc.querySelector('li[data-event-id="start"] .event-gap')?.textContent).toBe(
      '· 2 years later ·',
    );
    expect(doc.querySelector('ol')?.getAttribute('aria-label')).toBe('Events');
  });

  test.each([
    [{ roles: { ruling: 'Court' } }, '.event-role', 'Role: Court'],
    [{ showChange: true }, '.entry-change', 'Added'],
  ])('with %j shows %s', async (props, selector, text) => {
    const doc = await render(EventList, { events, label: 'Events', ...props });
    expect(doc.querySelector(`li[data-event-id="ruling"] ${selector}`)?.textContent).toContain(
      text,
    );
  });

  test('says so when there are no events', async () => {
    const doc = await render(EventList, { events: [], label: 'Events' });
    expect(doc.querySelector('ol')).toBeNull();
    expect(doc.querySelector('p.muted')?.textContent).toBe('No events yet.');
  });
});

describe('SourceList', () => {
  test.each([
    ['en', 'in English'],
    ['de', 'in German'],
    ['pt-BR', 'in Brazilian Portuguese'],
  ])('names the language %s "%s"', async (language, text) => {
    const sources = [sourceSchema.parse({ title: 'A', publisher: 'P', language })];
    const doc = await render(SourceList, { sources });
    expect(doc.querySelector('li')?.textContent).toContain(text);
  });

  test.each([
    [['secondary'], 'This entry rests on one secondary source'],
    [['secondary', 'secondary'], 'This entry rests on 2 secondary sources'],
    [['secondary', 'primary'], undefined],
  ])('with sources of kinds %j says plainly when none is primary', async (kinds, warning) => {
    const sources = kinds.map((kind, i) => sourceSchema.parse({ title: `S${i}`, kind }));
    const doc = await render(SourceList, { sources });
    const text = doc.querySelector('.sources-warning')?.textContent;
    if (warning === undefined) expect(text).toBeUndefined();
    else expect(text).toContain(warning);
  });

  test('cites a source without a URL as plain text and one with a URL as a link', async () => {
    const sources = [
      sourceSchema.parse({
        title: 'Article',
        publisher: 'Cryptopolitan',
        author: 'Hannah Collymore',
        published: '2025-05-24',
      }),
      sourceSchema.parse({
        title: 'Ruling',
        publisher: 'Court',
        kind: 'primary',
        url: 'https://example.org/r',
        archived: 'https://archive.example.org/r',
      }),
    ];
    const doc = await render(SourceList, { sources });
    const [first, second] = [...doc.querySelectorAll('li')];
    expect(first?.querySelector('a')).toBeNull();
    expect(first?.textContent).toContain(
      'Cryptopolitan, 24 May 2025: Article, by Hannah Collymore.',
    );
    expect(first?.textContent).toContain('Secondary source.');
    expect(second?.querySelector('a cite')?.textContent).toBe('Ruling');
    expect(second?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/r');
    expect(second?.textContent).toContain('Primary source.');
    const archived = [...second!.querySelectorAll('a')].find(
      (a) => a.textContent === 'Archived copy',
    );
    expect(archived?.getAttribute('href')).toBe('https://archive.example.org/r');
    // One primary source: no warning; the kinds are explained once, in words.
    expect(doc.querySelector('.sources-warning')).toBeNull();
    expect(doc.querySelectorAll('.sources-explained')).toHaveLength(1);
  });
});
