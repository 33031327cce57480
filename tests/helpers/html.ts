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
