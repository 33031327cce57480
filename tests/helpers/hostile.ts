/** The hostile fixture tree (tests/fixtures/hostile/): every file in it is refused. */
export const HOSTILE_TREE = 'tests/fixtures/hostile';

const E = 'events/hostile';
const ID_RULE =
  'expected an id as the name of a file in content/events/: lower-case letters, digits and single hyphens, at most 100 characters';
const LINKS = 'expected an https:, http:, mailto: or site-relative address';

/**
 * Every error the content check must report for the hostile tree, as [where, what]: where is the
 * start of the line (file, place, field), what a part of the rest that shows it was understood.
 * The check and the build must report exactly these, no more, in one run.
 */
export const HOSTILE_PROBLEMS: [string, string][] = [
  [`${E}/notes.md: (file name)`, 'does not end in .mdx, which the build would skip'],
  [
    `${E}/=1+2.mdx: (file name)`,
    `found the file name "=1+2.mdx"; ${ID_RULE}; did you mean "1-2.mdx"?`,
  ],
  [`${E}/Upper-Case.mdx: (file name)`, 'did you mean "upper-case.mdx"?'],
  [`${E}/a?b#c.mdx: (file name)`, 'found the file name "a?b#c.mdx"'],
  [
    `${E}/alias-bomb.mdx: (YAML)`,
    'found YAML aliases that expand beyond the limit; expected at most 20',
  ],
  [
    `${E}/bad-source-urls.mdx: sources[0].url`,
    'did you mean "https://example.org/a%20%22quoted%22%20path"?',
  ],
  [`${E}/bad-source-urls.mdx: sources[1].url`, 'did you mean "https://example.org/%3Cscript%3E"?'],
  [`${E}/bad-source-urls.mdx: sources[2].url`, 'did you mean "https://example.org/K%C3%B6ln"?'],
  [
    `${E}/component-tricks.mdx:12:3: body`,
    'found the attribute source on <Quote> with a {…} value',
  ],
  [`${E}/component-tricks.mdx:12:3: body`, 'found <Quote> inside a paragraph'],
  [`${E}/component-tricks.mdx:12:40: body`, 'found a {…} attribute on <Cite>'],
  [`${E}/component-tricks.mdx:12:40: body`, 'found <Cite> without id'],
  [
    `${E}/component-tricks.mdx:12:63: body`,
    'found the element <quote>; expected <Quote>; did you mean <Quote>?',
  ],
  [`${E}/component-tricks.mdx:12:117: body`, 'found a fragment <>'],
  [`${E}/control-characters.mdx:2:15: text`, 'found the invisible character U+0007 (BEL)'],
  [
    `${E}/control-characters.mdx:3:25: text`,
    'found the invisible character U+FFFE (a noncharacter)',
  ],
  [`${E}/control-characters.mdx:12:7: text`, 'found the invisible character U+007F (DEL)'],
  [`${E}/control-characters.mdx:12:23: text`, 'found the invisible character U+001B (escape)'],
  [
    `${E}/eight-mistakes.mdx: title`,
    'found nothing; expected a headline as text; this field is required',
  ],
  [`${E}/eight-mistakes.mdx: summary`, 'found ""; expected one or two sentences'],
  [
    `${E}/eight-mistakes.mdx: date`,
    'found "2025-13-45"; expected a real date (month 13 does not exist)',
  ],
  [`${E}/eight-mistakes.mdx: kind`, 'found "verdict"; expected an event kind'],
  [`${E}/eight-mistakes.mdx: actors[0].role`, 'found "judge"; expected a role'],
  [
    `${E}/eight-mistakes.mdx: sources[0].url`,
    'found "ftp://example.org/x"; expected an http:// or https:// address',
  ],
  [`${E}/eight-mistakes.mdx: published`, 'found "yesterday"; expected an EDTF date'],
  [`${E}/eight-mistakes.mdx: titel`, 'did you mean "title"?'],
  [
    `${E}/eight-mistakes.mdx: cases[0]`,
    'found "demo-cases"; expected the id of a known case; did you mean "demo-case"?',
  ],
  [
    `${E}/eight-mistakes.mdx: actors[0].id`,
    'found "demo-grop"; expected the id of a known actor; did you mean "demo-group"?',
  ],
  [
    `${E}/exports-code.mdx:12:1: body`,
    'found an export statement (export const leak = process.env); expected Markdown only',
  ],
  [
    `${E}/latin-1.mdx:2:29: (encoding)`,
    'found bytes that are not UTF-8 (Latin-1 or Windows-1252 text?); expected UTF-8 text',
  ],
  [
    `${E}/raw-html-that-runs.mdx:12:1: body`,
    'found the attribute onError on <img>; expected only title, lang, dir, src, alt, width, height',
  ],
  [`${E}/raw-html-that-runs.mdx:14:1: body`, 'found the element <iframe>'],
  [`${E}/raw-html-that-runs.mdx:16:1: body`, 'found the element <script>'],
  [
    `${E}/raw-html-that-runs.mdx:18:6: body`,
    'found the attribute onClick on <b>; expected only title, lang, dir',
  ],
  [`${E}/raw-html-that-runs.mdx:18:41: body`, 'found the attribute style on <span>'],
  [
    `${E}/raw-html-that-runs.mdx:20:1: body`,
    'found a javascript: address in href on <a> (JaVaScRiPt:alert(1))',
  ],
  [`${E}/raw-html-that-runs.mdx:20:49: body`, 'found a javascript: address in src on <img>'],
  [`${E}/reads-the-environment.mdx:12:20: body`, 'found the expression {process.env.HOME}'],
  [
    `${E}/runs-a-shell-command.mdx:12:1: body`,
    "found an import statement (import { execSync } from 'node:child_process')",
  ],
  [`${E}/runs-a-shell-command.mdx:14:13: body`, "found the expression {execSync('id').toString()}"],
  [`${E}/say-"hi".mdx: (file name)`, 'did you mean "say-hi.mdx"?'],
  [
    `${E}/script-links.mdx:12:1: body`,
    `found a javascript: address in a link (javascript:alert(1)); ${LINKS}`,
  ],
  [
    `${E}/script-links.mdx:12:30: body`,
    'found a javascript: address in a link (JAVASCRIPT:alert(1))',
  ],
  // jav&#x61;script: — the parser decodes the entity, so the check sees what a browser would.
  [
    `${E}/script-links.mdx:12:59: body`,
    'found a javascript: address in a link (javascript:alert(1))',
  ],
  [`${E}/script-links.mdx:12:114: body`, 'found a javascript: address in an image'],
  [`${E}/script-links.mdx:12:144: body`, 'found a data: address in a link'],
  [`${E}/script-links.mdx:12:169: body`, 'found an address without a scheme (//…) in a link'],
  [
    `${E}/script-links.mdx:14:1: body`,
    'found a javascript: address in a link definition (javascript:alert(2))',
  ],
  [`${E}/utf-16.mdx: (encoding)`, 'found UTF-16 (little-endian) text; expected UTF-8 text'],
  [
    `${E}/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.mdx: (file name)`,
    'found a file name of 240 characters',
  ],
];
