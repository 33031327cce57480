import { highlightPattern, highlightRanges, highlightTerms } from '../../lib/search/highlight';

/** Mark the words of `?highlight=` in a page's indexed text, skipping what search ignores; return the count. */
export function highlightSearchedWords(root: Document = document): number {
  const pattern = highlightPattern(
    highlightTerms(new URLSearchParams(root.location?.search ?? '')),
  );
  if (!pattern) return 0;
  let count = 0;
  for (const body of root.querySelectorAll('[data-pagefind-body]')) {
    const walker = root.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('[data-pagefind-ignore], script, style, mark')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    for (const node of nodes) {
      const ranges = highlightRanges(node.data, pattern);
      // Wrap from the end so earlier offsets stay valid.
      for (const [start, end] of ranges.reverse()) {
        const word = node.splitText(start);
        word.splitText(end - start);
        const mark = root.createElement('mark');
        mark.className = 'search-highlight';
        word.replaceWith(mark);
        mark.append(word);
        count += 1;
      }
    }
  }
  return count;
}
