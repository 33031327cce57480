import type { ResultView } from '../../lib/search/results';

/**
 * Return a result as a list item: linked title (in a heading of `titleTag`), details line and
 * excerpt, all set as text.
 */
export function renderResult(view: ResultView, titleTag: 'h2' | 'h3' | 'p' = 'h3'): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement(titleTag);
  heading.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = view.url;
  link.textContent = view.title;
  heading.append(link);
  item.append(heading);
  if (view.details.length > 0) {
    const details = document.createElement('p');
    details.className = 'search-result-details';
    details.textContent = view.details.join(' · ');
    item.append(details);
  }
  if (view.excerpt.length > 0) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    for (const part of view.excerpt) {
      if (part.marked) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(part.text);
      }
    }
    item.append(excerpt);
  }
  return item;
}
