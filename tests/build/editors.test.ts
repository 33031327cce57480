import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli';
import { pngSize } from '../helpers/png';
import { buildSite, DIST, readDist, ROOT } from '../helpers/site';

function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('expected a JSON-LD script on the page');
  return JSON.parse(match[1] as string);
}

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe('JSON-LD in the built site', () => {
  test.each([
    [
      '2025-04-meta-announces-eu-ai-training',
      { startDate: '2025-04', temporalCoverage: '2025-04' },
    ],
    [
      '2025-05-23-cologne-court-denies-injunction',
      { startDate: '2025-05-23', location: { '@type': 'Place', name: 'Court in Cologne' } },
    ],
    [
      '2025-05-noyb-cease-and-desist-letter',
      { endDate: '2025-05-24', temporalCoverage: '../2025-05-24' },
    ],
    [
      '2025-05-27-meta-ai-training-start',
      { startDate: '2025-05-27', eventStatus: 'https://schema.org/EventScheduled' },
    ],
  ])('event %s carries its dates at their precision', (id, expected) => {
    const ld = jsonLdOf(readDist(`events/${id}/index.html`));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': ['Event', 'CreativeWork'],
      ...expected,
    });
    expect(ld.about).toEqual([
      expect.objectContaining({ name: "Meta's use of EU users' public posts for AI training" }),
    ]);
    expect(ld.citation).toEqual([
      expect.objectContaining({
        name: 'German court strikes down bid to stop Meta from using IG, Facebook data for AI',
        datePublished: '2025-05-24',
      }),
    ]);
  });

  test('the case page lists its six events oldest first', () => {
    const ld = jsonLdOf(readDist('cases/meta-ai-training-eu/index.html')) as {
      mainEntity: { numberOfItems: number; itemListElement: { item: { startDate?: string } }[] };
    };
    expect(ld.mainEntity.numberOfItems).toBe(6);
    expect(ld.mainEntity.itemListElement[0]?.item.startDate).toBe('2025-04');
  });

  test.each([
    ['meta-platforms', 'Corporation'],
    ['christine-steffen', 'Person'],
    ['court-cologne', 'GovernmentOrganization'],
  ])('actor %s is a %s', (id, type) => {
    expect(jsonLdOf(readDist(`actors/${id}/index.html`))).toMatchObject({ '@type': type });
  });
});

describe('social cards in the built site', () => {
  const events = readdirSync(join(DIST, 'events'));

  test('there is one 1200×630 PNG card per event and per case', () => {
    const cards = readdirSync(join(DIST, 'og/events')).map((f) => f.replace(/\.png$/, ''));
    expect(cards.sort()).toEqual([...events].sort());
    for (const file of [
      ...cards.map((c) => `og/events/${c}.png`),
      'og/cases/meta-ai-training-eu.png',
    ]) {
      expect(pngSize(readFileSync(join(DIST, file))), file).toEqual({ width: 1200, height: 630 });
    }
  });

  test('each event page points og:image at its card, with its size and a large Twitter card', () => {
    for (const id of events) {
      const html = readDist(`events/${id}/index.html`);
      expect(meta(html, 'og:image')).toBe(`https://casetrail.example/og/events/${id}.png`);
      expect([
        meta(html, 'og:image:width'),
        meta(html, 'og:image:height'),
        meta(html, 'twitter:card'),
      ]).toEqual(['1200', '630', 'summary_large_image']);
    }
  });
});

describe('the Quote component in the seed', () => {
  test('renders the Steffen quotation with a link to its source in the list', () => {
    const html = readDist('events/2025-05-verbraucherzentrale-nrw-injunction-request/index.html');
    expect(html).toMatch(
      /<blockquote[^>]*><p>“it cannot be ruled out that particularly sensitive information/,
    );
    expect(html).toMatch(/<figcaption[^>]*>Source: <a href="#source-cryptopolitan-2025-05-24"/);
    expect(html).toContain('<li id="source-cryptopolitan-2025-05-24"');
  });
});

const TREE = join(ROOT, 'tests/.tmp/editors-content');
const OUT = join(ROOT, 'tests/.tmp/editors-import');
const CASE = 'synthetic-import-case';

describe('a content tree made by the scaffold and the TimelineJS import', () => {
  const env = { CASETRAIL_CONTENT: TREE };
  let scaffolded = '';

  beforeAll(async () => {
    rmSync(TREE, { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), TREE, { recursive: true });
    const kase = await runCli(
      'new',
      ['case', '--title', 'Synthetic import case', '--summary', 'Test data only.', '--id', CASE],
      env,
    );
    if (kase.code !== 0) throw new Error(kase.stderr);
    const event = await runCli(
      'new',
      [
        'event',
        '--title',
        'Synthetic hearing',
        '--summary',
        'Test data only.',
        '--date',
        '2024-02',
        '--case',
        CASE,
        '--kind',
        'hearing',
        '--source-title',
        'A synthetic notice',
        '--source-publisher',
        'Example Court',
        '--actor',
        'court-cologne:court',
      ],
      env,
    );
    if (event.code !== 0) throw new Error(event.stderr);
    scaffolded = event.stdout;
    const imported = await runCli(
      'import',
      [
        'timelinejs',
        join(ROOT, 'tests/fixtures/import/timelinejs-every-date.json'),
        '--case',
        CASE,
        '--kind',
        'report',
        '--source-title',
        'A synthetic source',
      ],
      env,
    );
    if (!imported.stdout.includes('16 of 23 events converted'))
      throw new Error(imported.stdout + imported.stderr);
    cpSync(
      join(ROOT, 'tests/fixtures/mdx/2024-03-01-uses-components.mdx'),
      join(TREE, 'events', CASE, '2024-03-01-uses-components.mdx'),
    );
    rmSync(OUT, { recursive: true, force: true });
    await buildSite({ outDir: OUT, env });
  }, 600_000);

  test('the scaffolded and imported tree passes npm run check, template comments and all', async () => {
    const check = await runCli('check', ['--content-only'], env);
    expect(check.stdout).toMatch(/^0 errors, /m);
    expect(check.code).toBe(0);
  }, 60_000);

  test('the scaffold prints the path and preview URL of a page that builds', () => {
    expect(scaffolded).toContain(`Wrote ${TREE}/events/${CASE}/2024-02-synthetic-hearing.mdx`);
    expect(scaffolded).toContain(
      'Preview: http://localhost:4321/events/2024-02-synthetic-hearing/',
    );
    expect(readDist('events/2024-02-synthetic-hearing/index.html', OUT)).toContain(
      '<time datetime="2024-02" data-precision="month"',
    );
  });

  test.each([
    ['2019-year-given-as-a-number', '2019', 'year', 'point'],
    ['2021-03-year-and-month', '2021-03', 'month', 'point'],
    ['2022-06-15-full-day-with-html-in-the-headline', '2022-06-15', 'day', 'point'],
    ['2023-01-02-day-with-a-time-to-the-millisecond', '2023-01-02', 'day', 'point'],
    ['2010-a-range-of-years', '2010', 'year', 'interval'],
    ['2024-11-a-month-to-a-day', '2024-11', 'month', 'interval'],
  ])(
    'imported event %s keeps its date as %s (%s precision, %s)',
    (id, datetime, precision, span) => {
      const html = readDist(`events/${id}/index.html`, OUT);
      expect(html).toContain(
        `<time datetime="${datetime}" data-precision="${precision}" data-span="${span}"`,
      );
      expect(existsSync(join(OUT, 'og/events', `${id}.png`))).toBe(true);
    },
  );

  test('imported HTML shows as text, not markup', () => {
    const html = readDist('events/2022-06-15-full-day-with-html-in-the-headline/index.html', OUT);
    const prose = parseHTML(html).document.querySelector('.prose')!;
    const paragraph = [...prose.querySelectorAll('p')].find((p) =>
      p.textContent.startsWith('Curly'),
    );
    expect(paragraph?.innerHTML).toBe(
      'Curly {braces}, a <code>code</code> span, a &lt; sign &amp; an &lt;angle&gt;.',
    );
    expect(prose.querySelector('angle')).toBeNull();
    expect(html).not.toContain("alert('x')");
  });

  test('Cite, Quote and EventRef render without imports', () => {
    const html = readDist('events/2024-03-01-uses-components/index.html', OUT);
    expect(html).toContain(
      '<a href="/events/2021-03-year-and-month/">Year and month</a> (<time datetime="2021-03">March 2021</time>)',
    );
    expect(html).toMatch(
      /<sup class="cite"[^>]*><a href="#source-example-statement" aria-label="Source 1: A synthetic statement"[^>]*>\[1\]<\/a><\/sup>/,
    );
    expect(html).toMatch(
      /<blockquote cite="https:\/\/example.org\/statement"[^>]*><p>A synthetic sentence, quoted.<\/p><\/blockquote>/,
    );
  });
});

describe('a broken EventRef', () => {
  test('fails the build with the file, the id and the nearest ids', async () => {
    const tree = join(ROOT, 'tests/.tmp/editors-broken');
    rmSync(tree, { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), tree, { recursive: true });
    cpSync(
      join(ROOT, 'tests/fixtures/mdx/2024-03-02-broken-event-ref.mdx'),
      join(tree, 'events/meta-ai-training-eu/2024-03-02-broken-event-ref.mdx'),
    );
    const error = (await buildSite({
      outDir: join(ROOT, 'tests/.tmp/editors-broken-out'),
      env: { CASETRAIL_CONTENT: tree },
    }).catch((e: unknown) => e)) as { stdout?: string; stderr?: string };
    expect(error).toBeInstanceOf(Error);
    // The content check reports it before the build renders anything, with line and column.
    expect(`${error.stdout}${error.stderr}`).toContain(
      '2024-03-02-broken-event-ref.mdx:17:24: <EventRef id>: found "2025-05-23-cologne-court-denies-injunctio"; expected the id of a known event; did you mean "2025-05-23-cologne-court-denies-injunction"?',
    );
  }, 600_000);
});
