import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { DIST } from '../helpers/site';
import { DATA_FILE, dataFileProblem } from './helpers/data-files';
import { htmlPages, listFiles } from './helpers/dist';
import { nuErrors } from './helpers/nu';
import {
  idReader,
  referencesInPage,
  referencesInText,
  unresolved,
  type Reference,
} from './helpers/links';

// html-validate finds .htmlvalidate.json at the project root, as its CLI does.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = htmlPages(DIST);
const dataFiles = listFiles(DIST).filter(
  (file) => DATA_FILE.test(file) && !file.startsWith('pagefind/'),
);
const idsOf = idReader(DIST);

/** Return the references that do not resolve in dist/, as lines naming the markup and the reason. */
function broken(references: Reference[]): string[] {
  return references.flatMap(({ markup, url }) => {
    const reason = unresolved(DIST, url, idsOf);
    return reason ? [`${markup} ${reason}`] : [];
  });
}

/** Describe an html-validate message the way an editor jumps to it: page:line:column rule message. */
function formatMessage(page: string, message: Message): string {
  return `dist/${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.ruleUrl ?? ''})`;
}

test('dist/ has pages to check', () => {
  expect(pages, 'dist/ has no HTML pages: did the build run?').toContain('index.html');
});

test('every page is valid HTML to the W3C Nu Html Checker', async () => {
  const errors = await nuErrors(pages.map((page) => join(DIST, page)));
  expect(errors, 'the Nu checker found errors').toEqual([]);
}, 180_000);

describe.each(pages)('dist/%s', (page) => {
  const html = readFileSync(join(DIST, page), 'utf8');

  test('is valid HTML by the rules of .htmlvalidate.json', async () => {
    const report = await validator.validateString(html, join(DIST, page));
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => formatMessage(page, m)),
    );
    expect(messages, `html-validate found problems in dist/${page}`).toEqual([]);
  });

  test('links only to pages, assets and ids that exist', () => {
    expect(broken(referencesInPage(page, html)), `broken internal links in dist/${page}`).toEqual(
      [],
    );
  });
});

describe.each(dataFiles)('dist/%s', (file) => {
  const text = readFileSync(join(DIST, file), 'utf8');

  test('parses', () => {
    expect(dataFileProblem(file, text), `dist/${file} does not parse`).toBeUndefined();
  });

  test('links only to pages of the site that exist', () => {
    expect(
      broken(referencesInText(text, file)),
      `broken links to the site in dist/${file}`,
    ).toEqual([]);
  });
});
