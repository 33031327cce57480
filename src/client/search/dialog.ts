import { EMPTY_SEARCH, MAX_QUERY_LENGTH, searchStateToParams } from '../../lib/search/query';
import { toResultView } from '../../lib/search/results';
import { loadPagefind } from './pagefind';
import { renderResult } from './render';

const SHOWN = 8;
const TYPING_PAUSE_MS = 120;
const ready = new WeakSet<HTMLDialogElement>();

function part<T extends Element>(dialog: HTMLDialogElement, selector: string): T {
  const element = dialog.querySelector<T>(selector);
  if (!element) throw new Error(`search dialog: missing ${selector}`);
  return element;
}

function setUp(dialog: HTMLDialogElement): void {
  const input = part<HTMLInputElement>(dialog, '[data-search-dialog-input]');
  const status = part<HTMLElement>(dialog, '[data-search-dialog-status]');
  const list = part<HTMLOListElement>(dialog, '[data-search-dialog-results]');
  const all = part<HTMLAnchorElement>(dialog, '[data-search-dialog-all]');
  const pageUrl = dialog.dataset.searchPageUrl ?? all.href;
  let generation = 0;

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  const search = async () => {
    const mine = ++generation;
    const query = input.value.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
    const params = searchStateToParams({ ...EMPTY_SEARCH, query });
    all.href = params ? `${pageUrl}?${params}` : pageUrl;
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const response = await pagefind.debouncedSearch(query, {}, TYPING_PAUSE_MS);
      if (response === null || mine !== generation) return;
      const views = (
        await Promise.all(response.results.slice(0, SHOWN).map((hit) => hit.data()))
      ).map(toResultView);
      if (mine !== generation) return;
      list.replaceChildren(...views.map((view) => renderResult(view, 'p')));
      const count = response.results.length;
      status.textContent =
        count === 0
          ? `Nothing matches “${query}”. Try other words, or the search page's filters.`
          : `${count} ${count === 1 ? 'result' : 'results'}${count > SHOWN ? `, the first ${SHOWN} shown` : ''}.`;
    } catch (error) {
      if (mine === generation) status.textContent = (error as Error).message;
    }
  };

  input.addEventListener('input', () => void search());
  input.addEventListener('keydown', (event) => {
    const first = links()[0];
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Enter' && first) {
      event.preventDefault();
      first.click();
    }
  });
  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  });
  part<HTMLButtonElement>(dialog, '[data-search-close]').addEventListener('click', () =>
    dialog.close(),
  );
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  void loadPagefind().catch((error: Error) => {
    status.textContent = error.message;
  });
  // Words typed while this module loaded are already in the box.
  if (input.value.trim() !== '') void search();
}

/** Open the header's search dialog, setting it up on first use; and focus its box. */
export function openSearchDialog(dialog: HTMLDialogElement): void {
  if (!ready.has(dialog)) {
    setUp(dialog);
    ready.add(dialog);
  }
  if (!dialog.open) dialog.showModal();
  const input = part<HTMLInputElement>(dialog, '[data-search-dialog-input]');
  if (document.activeElement !== input) input.focus();
}
