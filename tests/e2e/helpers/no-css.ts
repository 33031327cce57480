import type { Page } from 'playwright-core';

/**
 * Return the text the page's CSS adds with `content` (letters or digits in ::before or ::after):
 * a reader without CSS, or a screen reader that skips generated content, never gets it.
 * Counters and attr() only repeat what the HTML already says. Runs in the page.
 */
function textOnlyInCss(): string[] {
  const found: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    for (const pseudo of ['::before', '::after']) {
      const content = getComputedStyle(el, pseudo).content;
      if (!content || content === 'none' || content === 'normal') continue;
      const literal = content.replace(/counters?\([^)]*\)|attr\([^)]*\)/g, '');
      if (/[\p{L}\p{N}]/u.test(literal)) {
        found.push(
          `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}${pseudo} adds ${content}`,
        );
      }
    }
  }
  return found;
}

/** Switch every style sheet and style attribute off, in the document and open shadow roots. Runs in the page. */
function switchCssOff(): void {
  const roots: (Document | ShadowRoot)[] = [document];
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  for (const root of roots) {
    for (const sheet of root.styleSheets) sheet.disabled = true;
    root.adoptedStyleSheets = [];
    for (const el of root.querySelectorAll('[style]')) el.removeAttribute('style');
  }
}

/**
 * Return what makes the unstyled page hard to follow: not exactly one h1, a first heading in
 * main that is not the h1, a heading level skipped, landmarks missing or out of order, header
 * and navigation with no link that skips to the main content. Runs in the page.
 */
function unstyledOutlineProblems(): string[] {
  const problems: string[] = [];
  const visible = (el: Element) => el.checkVisibility();
  const headings = [
    ...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'),
  ].filter(visible);
  const levelOf = (h: Element) => Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)) || 2;
  const label = (h: Element) =>
    `<${h.tagName.toLowerCase()}> "${(h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
  const h1s = headings.filter((h) => levelOf(h) === 1);
  if (h1s.length !== 1)
    problems.push(
      `${h1s.length} level-1 headings (${h1s.map(label).join(', ')}); a page needs exactly one`,
    );
  headings.forEach((heading, i) => {
    const previous = headings[i - 1];
    if (previous && levelOf(heading) > levelOf(previous) + 1) {
      problems.push(`heading level skipped: ${label(previous)} is followed by ${label(heading)}`);
    }
  });
  const mains = [...document.querySelectorAll('main, [role="main"]')].filter(visible);
  if (mains.length !== 1) problems.push(`${mains.length} main landmarks; a page needs exactly one`);
  const main = mains[0];
  if (!main) return problems;
  const firstInMain = headings.find((h) => main.contains(h));
  if (firstInMain && levelOf(firstInMain) !== 1)
    problems.push(`the main content starts with ${label(firstInMain)}, not the page's h1`);
  const follows = (a: Element, b: Element) =>
    Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  const topLevel = (selector: string) =>
    [...document.querySelectorAll(selector)].filter(
      (el) => visible(el) && !el.closest('article, aside, main, nav, section'),
    );
  for (const header of topLevel('header'))
    if (!follows(header, main)) problems.push('the page header comes after the main content');
  for (const footer of topLevel('footer'))
    if (!follows(main, footer)) problems.push('the page footer comes before the main content');
  const before = [...document.querySelectorAll('header, nav')].filter(
    (el) => visible(el) && follows(el, main),
  );
  if (before.length > 0) {
    const first = document.querySelector<HTMLAnchorElement>('a[href]');
    const target = first?.hash
      ? document.getElementById(decodeURIComponent(first.hash.slice(1)))
      : null;
    if (!target || !(target === main || main.contains(target))) {
      problems.push(
        `the first link is ${first ? `"${first.textContent?.trim()}" (${first.getAttribute('href')})` : 'missing'}, not a link that skips the header to the main content`,
      );
    }
  }
  if (!(main as HTMLElement).innerText.trim()) problems.push('the main content has no text');
  return problems;
}

/** Return the text only the CSS adds, then switch CSS off and return what no longer makes sense. */
export async function unstyledProblems(page: Page): Promise<string[]> {
  const generated = await page.evaluate(textOnlyInCss);
  await page.evaluate(switchCssOff);
  const outline = await page.evaluate(unstyledOutlineProblems);
  return [...generated.map((text) => `text only in CSS: ${text}`), ...outline];
}
