import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { AST as RisAst } from 'astrocite-ris';
import { describe, expect, test } from 'vitest';
import { formatEventDate, parseEventDate } from '../../src/lib/dates';
import { addDays, todayIso } from '../../src/lib/days';
import { builtOn, loadPage, texts } from '../helpers/html';
import { DIST, readDist } from '../helpers/site';

const SITE = 'https://casetrail.example/';
const CASE = 'meta-ai-training-eu';
const SCHEDULED = '2025-05-27-meta-ai-training-start';
const FEEDS = ['rss.xml', `cases/${CASE}/rss.xml`, 'actors/noyb/rss.xml'];
// The issue tracker placeholder of src/lib/site-config.ts, which a deployment replaces.
const REPORT = 'https://github.com/OWNER/REPO/issues/new?';
const BUILT = builtOn();
const asOfToday = `not reported as having happened as of ${formatEventDate(parseEventDate(BUILT))}`;

describe('/about/', () => {
  test('states the one day the build read "as of": today, or yesterday for a build before midnight', () => {
    const today = todayIso();
    expect([today, addDays(today, -1)]).toContain(BUILT);
    expect(texts(loadPage('about/index.html'), '#built')[0]).toBe(
      `This copy of the site was built on ${formatEventDate(parseEventDate(BUILT))}.`,
    );
  });

  test('explains the site, its dates, sources, corrections, licence, contact, feeds and data', () => {
    const doc = loadPage('about/index.html');
    expect(texts(doc, 'main h2')).toEqual([
      'How dates are shown',
      'Sources',
      'Corrections',
      'Citing',
      'Licence',
      'Contact',
      'Feeds and data',
    ]);
    const main = doc.querySelector('main')!;
    expect(main.textContent).toContain('On or before 23 May 2025');
    expect(main.textContent).toContain('JSON Schemas for the index and for each case');
    const licence = main.querySelector('a[rel="license"]');
    expect(licence?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    const hrefs = [...main.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining(['/rss.xml', '/feed.json', '/data/events.csv', '/data/index.json']),
    );
  });
});

describe('the footer', () => {
  test.each([
    'index.html',
    'about/index.html',
    `cases/${CASE}/index.html`,
    `events/${SCHEDULED}/index.html`,
  ])('on %s links About, the site-wide feeds, the CSV and the data API', (page) => {
    const footer = loadPage(page).querySelector('footer')!;
    const links = Object.fromEntries(
      [...footer.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
    );
    expect(links).toMatchObject({
      About: '/about/',
      'RSS feed': '/rss.xml',
      'JSON Feed': '/feed.json',
      'All events (CSV)': '/data/events.csv',
      'Data API (JSON)': '/data/index.json',
    });
  });
});

describe('Report an error', () => {
  test.each([
    [`events/${SCHEDULED}`, "Meta's announced start of AI training on EU users' public data"],
    [`cases/${CASE}`, "Meta's use of EU users' public posts for AI training"],
  ])('on %s/ carries the page URL and title, URL-encoded', (path, title) => {
    const doc = loadPage(`${path}/index.html`);
    const link = [...doc.querySelectorAll('a')].find((a) => a.textContent === 'Report an error');
    const href = link?.getAttribute('href') ?? '';
    expect(href.startsWith(REPORT)).toBe(true);
    const query = new URL(href).searchParams;
    expect(query.get('title')).toBe(`Error on ${title}`);
    expect(query.get('body')).toBe(`Page: ${SITE}${path}/`);
  });
});

describe('as-of honesty', () => {
  test('the passed scheduled event says it was not reported on its page, in lists, feeds and the API', () => {
    const page = loadPage(`events/${SCHEDULED}/index.html`);
    expect(page.querySelector('.meta-list')?.textContent).toContain(
      `Scheduled for 27 May 2025; ${asOfToday}`,
    );
    const card = loadPage(`cases/${CASE}/index.html`).querySelector(
      `[data-event-id="${SCHEDULED}"] .status-note`,
    );
    expect(card?.textContent).toBe(`Scheduled for 27 May 2025; ${asOfToday}`);
    expect(readDist('rss.xml')).toContain(`Scheduled for 27 May 2025; ${asOfToday}`);
    const api = JSON.parse(readDist(`data/cases/${CASE}.json`)) as {
      events: { id: string; status_text: string }[];
    };
    expect(api.events.find((e) => e.id === SCHEDULED)?.status_text).toBe(
      `Scheduled for 27 May 2025; ${asOfToday}`,
    );
    expect(api.events.filter((e) => e.status_text === 'Occurred')).toHaveLength(5);
  });

  test('the ongoing case shows its last event and when it was last reviewed', () => {
    const status = loadPage(`cases/${CASE}/index.html`).querySelector('.meta-list .status-note');
    expect(status?.textContent).toBe(
      'Last event: 24 May 2025. Not reviewed for news since it was added on 28 November 2026.',
    );
  });

  test.each(['index.html', 'cases/index.html'])(
    'on %s, the ongoing case’s card shows its last event, linked, and its review in the case page’s words',
    (path) => {
      const caseNote = loadPage(`cases/${CASE}/index.html`).querySelector(
        '.meta-list .status-note',
      )?.textContent;
      const [, lastEvent, reviewed] = /^(Last event: .+?)\. (.+)$/.exec(caseNote ?? '') ?? [];
      const card = [...loadPage(path).querySelectorAll('article.card')].find(
        (c) => c.querySelector('h2 a')?.getAttribute('href') === `/cases/${CASE}/`,
      );
      const line = card?.querySelector('.case-currency');
      const link = line?.querySelector('a');
      const href = link?.getAttribute('href') ?? '';
      expect(href).toMatch(/^\/events\/[a-z0-9-]+\/$/);
      const eventTitle = loadPage(`${href.slice(1)}index.html`).querySelector('h1')?.textContent;
      expect(link?.textContent).toBe(eventTitle);
      expect(line?.textContent).toBe(`${lastEvent}, ${eventTitle}. ${reviewed}`);
      expect(line?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  test.each(['index.html', `cases/${CASE}/index.html`, `events/${SCHEDULED}/index.html`])(
    '%s prints, without JavaScript, the day the site was built',
    (path) => {
      const slot = loadPage(path).querySelector('.print-header .print-date');
      expect(slot?.textContent).toBe(`Page as of ${formatEventDate(parseEventDate(BUILT))}`);
      expect(slot?.querySelector('time')?.getAttribute('datetime')).toBe(BUILT);
    },
  );

  test('event and case pages say when they were added', () => {
    for (const path of [`events/${SCHEDULED}`, `cases/${CASE}`]) {
      expect(loadPage(`${path}/index.html`).querySelector('.entry-dates')?.textContent).toBe(
        'Added 28 November 2026',
      );
    }
  });
});

describe('citation files', () => {
  test.each([`events/${SCHEDULED}`, `cases/${CASE}`])(
    '%s/ links CSL-JSON, BibTeX and RIS files that parse back with its title, URL and day',
    (path) => {
      const doc = loadPage(`${path}/index.html`);
      const links = [...doc.querySelectorAll('.cite-this a[download]')].map((a) =>
        a.getAttribute('href'),
      );
      expect(links).toEqual([
        `/${path}/citation.json`,
        `/${path}/citation.bib`,
        `/${path}/citation.ris`,
      ]);
      const title = doc.querySelector('h1')?.textContent;
      const csl = new Cite(JSON.parse(readDist(`${path}/citation.json`))).data[0]!;
      expect(csl.title).toBe(title);
      expect(csl.URL).toBe(`${SITE}${path}/`);
      expect(csl.issued).toEqual({ 'date-parts': [[2026, 11, 28]] });
      const bib = parseBibtex(readDist(`${path}/citation.bib`));
      expect(bib.errors).toEqual([]);
      expect(bib.entries[0]?.fields.url).toBe(`${SITE}${path}/`);
      expect(bib.entries[0]?.fields.year).toBe('2026');
      const ris = Object.fromEntries(
        RisAst.parse(readDist(`${path}/citation.ris`)).children[0]!.properties.map((p) => [
          p.key,
          p.value,
        ]),
      );
      expect(ris).toMatchObject({ TI: title, UR: `${SITE}${path}/`, DA: '2026/11/28/' });
      expect(doc.querySelector('.citation')?.textContent).toBe(
        `“${title}.” Casetrail, added 28 November 2026. ${SITE}${path}/ (accessed [date]).`,
      );
    },
  );
});

describe('feeds', () => {
  test.each(FEEDS)('%s names the XSLT stylesheet that shows it as a page', (feed) => {
    expect(readDist(feed)).toMatch(
      /^<\?xml [^?]*\?><\?xml-stylesheet href="\/feed\.xsl" type="text\/xsl"\?>/,
    );
  });

  test('the stylesheet is served from the site', () => {
    expect(readDist('feed.xsl')).toContain('How to subscribe');
  });

  test.each(FEEDS)('%s still parses cleanly in feedparser (bozo 0)', (feed) => {
    const script = [
      'import feedparser, sys',
      'd = feedparser.parse(sys.argv[1])',
      'print(int(bool(d.bozo)), len(d.entries), d.version)',
    ].join('\n');
    // Debian's python3 has python3-feedparser; a pyenv python on PATH may not.
    const result = spawnSync('/usr/bin/python3', ['-c', script, join(DIST, feed)], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const [bozo, entries, version] = result.stdout.trim().split(' ');
    expect(bozo).toBe('0');
    expect(Number(entries)).toBeGreaterThan(0);
    expect(version).toBe('rss20');
  });
});
