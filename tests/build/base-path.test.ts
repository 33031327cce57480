import { beforeAll, describe, expect, test } from 'vitest';
import { hostHeaders } from '../helpers/headers';
import { loadPage } from '../helpers/html';
import { buildSite, ROOT } from '../helpers/site';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'tests/.tmp/base-path-dist';
const dist = join(ROOT, OUT);

describe('a site built under a base path', () => {
  beforeAll(async () => {
    await buildSite({
      outDir: OUT,
      env: {
        CASETRAIL_BASE: '/kb/',
        CASETRAIL_SITE: 'https://news.example.org',
        CASETRAIL_REPORT_URL: 'mailto:desk@news.example.org?subject={title}&body={url}',
      },
    });
  });

  test('puts every internal link and asset under the base', () => {
    const doc = loadPage('cases/meta-ai-training-eu/index.html', dist);
    const urls = [...doc.querySelectorAll('a[href], link[href], script[src]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
      .filter((url) => url.startsWith('/'));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith('/kb/'))).toEqual([]);
  });

  test('gives canonical and OpenGraph URLs on the configured host and base', () => {
    const doc = loadPage('events/2025-05-23-cologne-court-denies-injunction/index.html', dist);
    const canonical =
      'https://news.example.org/kb/events/2025-05-23-cologne-court-denies-injunction/';
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical);
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
  });

  test('points feeds at the stylesheet under the base', () => {
    const xml = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(xml).toContain('<?xml-stylesheet href="/kb/feed.xsl" type="text/xsl"?>');
    expect(readFileSync(join(dist, 'feed.xsl'), 'utf8')).toContain('How to subscribe');
  });

  test('sends Report an error to the configured address with the page URL-encoded', () => {
    const doc = loadPage('events/2025-05-23-cologne-court-denies-injunction/index.html', dist);
    const link = [...doc.querySelectorAll('a')].find((a) => a.textContent === 'Report an error');
    expect(link?.getAttribute('href')).toBe(
      `mailto:desk@news.example.org?subject=${encodeURIComponent(
        "Cologne court denies Verbraucherzentrale NRW's injunction request against Meta",
      )}&body=${encodeURIComponent(
        'https://news.example.org/kb/events/2025-05-23-cologne-court-denies-injunction/',
      )}`,
    );
  });

  test('sends the widget’s CORS header for files under the base, as a host reads _headers', async () => {
    const headersOf = hostHeaders(dist);
    expect(await headersOf('/kb/embed.js')).toHaveProperty('Access-Control-Allow-Origin', '*');
    expect(await headersOf('/kb/data/index.json')).toHaveProperty(
      'Access-Control-Allow-Origin',
      '*',
    );
    expect(await headersOf('/embed.js')).not.toHaveProperty('Access-Control-Allow-Origin');
  });
});
