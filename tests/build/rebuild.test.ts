import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { copyFixture, editFile } from '../helpers/fixtures';
import { buildSite, readDist, ROOT } from '../helpers/site';

const OUT = 'tests/.tmp/rebuild-dist';
const CACHE = join(ROOT, `${OUT}-cache`);
const RULING = 'events/demo/demo-ruling.mdx';

/** Return each cached card's file name and when it was written. */
const cards = () =>
  new Map(readdirSync(join(CACHE, 'og')).map((f) => [f, statSync(join(CACHE, 'og', f)).mtimeMs]));

/** Return the text of the link an <EventRef> wrote in the rich event's body. */
const eventRefText = () =>
  parseHTML(readDist('events/demo-rich/index.html', join(ROOT, OUT)))
    .document.querySelector('.prose a[href="/events/demo-ruling/"]')
    ?.textContent.trim();

describe('a rebuild after editing one event', () => {
  let before: Map<string, number>;
  let after: Map<string, number>;
  let refBefore: string | undefined;

  beforeAll(async () => {
    rmSync(join(ROOT, OUT), { recursive: true, force: true });
    rmSync(CACHE, { recursive: true, force: true });
    const tree = copyFixture('mdx-render', 'rebuild-tree');
    const env = { CASETRAIL_CONTENT: tree };
    await buildSite({ outDir: OUT, env });
    before = cards();
    refBefore = eventRefText();
    editFile(tree, RULING, 'title: Demo ruling', 'title: Demo ruling, renamed');
    await buildSite({ outDir: OUT, env });
    after = cards();
  }, 300_000);

  test('shows the new title wherever another body refers to the event', () => {
    expect(refBefore).toBe('Demo ruling');
    expect(eventRefText()).toBe('Demo ruling, renamed');
  });

  test('draws only the edited event card and reuses every other one from the cache', () => {
    const added = [...after.keys()].filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    for (const [file, written] of before) expect(after.get(file)).toBe(written);
  });

  test('stores bodies as text in the content cache, not as modules to bundle', () => {
    const store = readFileSync(join(CACHE, 'data-store.json'), 'utf8');
    expect(store).toContain('Demo ruling, renamed');
    expect(store).not.toContain('deferredRender');
    // The store escapes `<` as \u003C; the body is there as written.
    expect(store).toContain('EventRef id=\\"demo-ruling\\" />');
  });
});
