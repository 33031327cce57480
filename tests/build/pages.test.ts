import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPage, texts } from '../helpers/html';
import { DIST, ROOT } from '../helpers/site';
import { SEED_ORDER } from '../helpers/seed';

const CASE = 'meta-ai-training-eu';
const idsIn = (folder: string, ext: RegExp) =>
  readdirSync(join(ROOT, 'content', folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => f.split('/').at(-1)!.replace(ext, ''));
const EVENTS = idsIn('events', /\.mdx$/);
const ACTORS = idsIn('actors', /\.yaml$/);

describe('the built site', () => {
  test.each(EVENTS)('has a page for event %s with its date, status, sources and case', (id) => {
    const doc = loadPage(`events/${id}/index.html`);
    expect(doc.querySelector('h1')?.textContent).toBeTruthy();
    expect(doc.querySelector('dl time[datetime]')).not.toBeNull();
    expect(texts(doc, '#sources-heading ~ ol.sources li').length).toBeGreaterThan(0);
    expect(doc.querySelector(`a[href="/cases/${CASE}/"]`)).not.toBeNull();
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://casetrail.example/events/${id}/`,
    );
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      doc.querySelector('h1')?.textContent,
    );
  });

  test.each([
    ['2025-04-meta-announces-eu-ai-training', 'April 2025', '2025-04'],
    [
      '2025-05-verbraucherzentrale-nrw-injunction-request',
      'on or before 23 May 2025',
      '2025-05-23',
    ],
    ['2025-05-noyb-cease-and-desist-letter', 'on or before 24 May 2025', '2025-05-24'],
    ['2025-05-23-cologne-court-denies-injunction', '23 May 2025', '2025-05-23'],
    ['2025-05-27-meta-ai-training-start', '27 May 2025', '2025-05-27'],
  ])('shows %s as "%s", never a more precise day than the source gives', (id, shown, datetime) => {
    const time = loadPage(`events/${id}/index.html`).querySelector('dl time')!;
    expect(time.textContent).toBe(shown);
    expect(time.getAttribute('datetime')).toBe(datetime);
  });

  test('marks the announced start of training as scheduled, not as having happened', () => {
    const doc = loadPage('events/2025-05-27-meta-ai-training-start/index.html');
    expect(texts(doc, 'dl dd').join(' ')).toMatch(
      /Scheduled for 27 May 2025; not reported as having happened as of \d{1,2} \w+ \d{4}/,
    );
  });

  test('shows typed links in both directions', () => {
    const ruling = loadPage('events/2025-05-23-cologne-court-denies-injunction/index.html');
    expect(texts(ruling, '.event-links li')).toEqual([
      "Decides Verbraucherzentrale NRW asks a Cologne court to stop Meta's plan (on or before 23 May 2025)",
      "Reported by Cryptopolitan reports: German court strikes down bid to stop Meta's AI data use (24 May 2025)",
    ]);
    const request = loadPage(
      'events/2025-05-verbraucherzentrale-nrw-injunction-request/index.html',
    );
    expect(texts(request, '.event-links li')).toContain(
      "Decided by Cologne court denies Verbraucherzentrale NRW's injunction request against Meta (23 May 2025)",
    );
  });

  test('links each event to the previous and next event of its case', () => {
    const doc = loadPage('events/2025-05-23-cologne-court-denies-injunction/index.html');
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
      '/events/2025-05-verbraucherzentrale-nrw-injunction-request/',
    );
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(
      '/events/2025-05-noyb-cease-and-desist-letter/',
    );
  });

  test('lists the case events oldest first as an ordered list of articles with machine-readable dates', () => {
    const doc = loadPage(`cases/${CASE}/index.html`);
    const items = [...doc.querySelectorAll('ol.event-list > li')];
    expect(items.map((li) => li.getAttribute('data-event-id'))).toEqual(SEED_ORDER);
    for (const li of items) expect(li.querySelector('article time[datetime]')).not.toBeNull();
  });

  test('shows the case parties with their roles', () => {
    const doc = loadPage(`cases/${CASE}/index.html`);
    const terms = [...doc.querySelectorAll('#proceedings-heading ~ .card dt')];
    const text = terms
      .map((dt) =>
        `${dt.textContent} ${dt.nextElementSibling?.textContent}`.replace(/\s+/g, ' ').trim(),
      )
      .join('; ');
    expect(text).toContain('Applicant Verbraucherzentrale NRW');
    expect(text).toContain('Respondent Meta Platforms');
    expect(text).toContain('Court Court in Cologne');
    expect(text).toContain('Docket Not given in the sources');
  });

  test.each(ACTORS)('has a page for actor %s listing its events', (id) => {
    const doc = loadPage(`actors/${id}/index.html`);
    expect(doc.querySelector('h1')?.textContent).toBeTruthy();
    expect(doc.querySelectorAll('ol.event-list > li').length).toBeGreaterThan(0);
  });

  test('reaches every case, actor and event from the lists', () => {
    const home = loadPage('index.html');
    expect(home.querySelector(`a[href="/cases/${CASE}/"]`)).not.toBeNull();
    const actors = loadPage('actors/index.html');
    for (const id of ACTORS)
      expect(actors.querySelector(`a[href="/actors/${id}/"]`)).not.toBeNull();
    const kase = loadPage(`cases/${CASE}/index.html`);
    for (const id of EVENTS) expect(kase.querySelector(`a[href="/events/${id}/"]`)).not.toBeNull();
  });

  test('has a 404 page and a sitemap listing every page', () => {
    expect(loadPage('404.html').querySelector('h1')?.textContent).toBe('Page not found');
    const sitemap = readdirSync(DIST).filter((f) => f.startsWith('sitemap'));
    expect(sitemap).toContain('sitemap-index.xml');
  });
});
