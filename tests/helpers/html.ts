import { parseHTML } from 'linkedom';
import { readDist } from './site';

/** Return the DOM of a built page, e.g. `events/x/index.html`. */
export function loadPage(path: string, dist?: string): Document {
  return parseHTML(readDist(path, dist)).document;
}

/** Return the trimmed text of every element matching a selector. */
export function texts(doc: Document | Element, selector: string): string[] {
  return [...doc.querySelectorAll(selector)].map((el) =>
    (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/**
 * Return the day a built site was built, as its About page states it. Pages say "as of" that
 * day, and a build run before midnight is tested after it, so tests read it rather than the clock.
 */
export function builtOn(dist?: string): string {
  const day = loadPage('about/index.html', dist)
    .querySelector('#built time')
    ?.getAttribute('datetime');
  if (!day) throw new Error('about/index.html states no build day in #built <time datetime>');
  return day;
}
