import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { buildFeedEntries } from '../../../src/lib/feeds/entries';
import { buildJsonFeed, JSON_FEED_VERSION } from '../../../src/lib/feeds/json-feed';
import { toRssOptions } from '../../../src/lib/feeds/rss';
import { makeModel, NASTY, rawEvent, TEST_URLS } from '../../helpers/model';

const model = makeModel({
  nasty: rawEvent({
    title: `Title ${NASTY}`,
    summary: `Summary ${NASTY}`,
    tags: [NASTY],
    published: '2025-06-02',
  }),
  corrected: rawEvent({
    date: '2025-04',
    published: '2025-05-01',
    corrections: [{ date: '2025-07-01', note: `Note ${NASTY}` }],
  }),
  plain: rawEvent({ date: '2024', published: '2025-05-01' }),
});
const channel = {
  title: `Feed ${NASTY}`,
  description: 'All events',
  home: TEST_URLS.home(),
  self: TEST_URLS.rss(),
};
const entries = buildFeedEntries(model, model.events, TEST_URLS);
const html = new Map(
  entries.map((e) => [
    e.guid,
    `<p>${e.eventId}: a &amp; b &lt;script&gt; ]]&gt; <a href="https://casetrail.test/kb/x/">x</a></p>\u0007`,
  ]),
);
const xml = await getRssString(toRssOptions(channel, entries, html));

describe('toRssOptions', () => {
  test('writes well-formed XML even from hostile text and control characters', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test('gives a feed reader every item with title, link, guid, summary, full text and categories', async () => {
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe(channel.title);
    expect(feed.items.map((i) => i.guid)).toEqual([
      'https://casetrail.test/kb/events/corrected/#correction-1',
      'https://casetrail.test/kb/events/nasty/',
      'https://casetrail.test/kb/events/plain/',
    ]);
    const nasty = feed.items[1]!;
    expect(nasty.title).toBe(`Title ${NASTY}`);
    expect(nasty.link).toBe('https://casetrail.test/kb/events/nasty/');
    // A reader renders the description as HTML: it must show the summary's text, run nothing.
    expect(parseHTML(`<p>${nasty.content}</p>`).document.querySelector('p')?.textContent).toBe(
      `Summary ${NASTY}`,
    );
    expect(nasty['content:encoded']).toBe(
      '<p>nasty: a &amp; b &lt;script&gt; ]]&gt; <a href="https://casetrail.test/kb/x/">x</a></p>',
    );
    expect(nasty.categories).toEqual(['Case A', 'Ruling', NASTY]);
    expect(new Date(nasty.pubDate!).toISOString()).toBe('2025-06-02T00:00:00.000Z');
  });

  test('marks a correction guid as not a permalink and dates the item on the correction', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const first = parsed.rss.channel.item[0];
    expect(first.guid).toEqual({
      '#text': 'https://casetrail.test/kb/events/corrected/#correction-1',
      '@_isPermaLink': 'false',
    });
    expect(first.title).toBe('Corrected: An event');
    expect(first.pubDate).toBe('Tue, 01 Jul 2025 00:00:00 GMT');
  });

  test('announces its own address and the newest change as the build date', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.rss.channel['atom:link']['@_href']).toBe('https://casetrail.test/kb/rss.xml');
    expect(parsed.rss.channel.lastBuildDate).toBe('Tue, 01 Jul 2025 00:00:00 GMT');
  });
});

describe('buildJsonFeed', () => {
  const feed = JSON.parse(
    JSON.stringify(buildJsonFeed({ ...channel, self: TEST_URLS.jsonFeed() }, entries, html)),
  );

  test('declares JSON Feed 1.1 with absolute home and feed URLs', () => {
    expect(feed).toMatchObject({
      version: JSON_FEED_VERSION,
      home_page_url: 'https://casetrail.test/kb/',
      feed_url: 'https://casetrail.test/kb/feed.json',
    });
  });

  test('carries the same items as RSS, in the same order, with the text unchanged', () => {
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(entries.map((e) => e.guid));
    const nasty = feed.items[1];
    expect(nasty).toMatchObject({
      title: `Title ${NASTY}`,
      summary: `Summary ${NASTY}`,
      url: 'https://casetrail.test/kb/events/nasty/',
      date_published: '2025-06-02T00:00:00.000Z',
    });
    expect(nasty._casetrail.date).toMatchObject({
      edtf: '2025-05-23',
      precision: 'day',
      display: '23 May 2025',
    });
  });

  test('publishes a corrected item again on the day of its correction', () => {
    expect(feed.items[0]).toMatchObject({
      date_published: '2025-07-01T00:00:00.000Z',
      date_modified: '2025-07-01T00:00:00.000Z',
    });
    expect(feed.items[0]._casetrail.corrections).toEqual([
      { date: '2025-07-01', note: `Note ${NASTY}` },
    ]);
  });
});
