// MDX reads `{` as an expression and `<` as JSX, and Markdown gives meaning to `*`, `_`, `[`,
// backticks and more. Imported text must show exactly as written, so every such character is
// backslash-escaped (CommonMark escapes any ASCII punctuation, and MDX honours that).
const INLINE_SPECIALS = /[\\`*_{}[\]<>|~]/g;
const ENTITY = /&(?=#?[a-zA-Z0-9]+;)/g;

/** Return text escaped so MDX shows it literally wherever it stands in a line. */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIALS, (c) => `\\${c}`).replace(ENTITY, '\\&');
}

/**
 * Return a line whose start could be read as Markdown or MDX syntax made literal: a heading
 * (`#`), a list item (`-`, `+`, `1.`), a setext underline (`=`), or an ESM `import`/`export`.
 */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(
      /^(\s*)(import|export)\b/,
      (_, space: string, word: string) => `${space}&#${word.charCodeAt(0)};${word.slice(1)}`,
    );
}

/** Return a URL safe inside a Markdown link's parentheses, or undefined if it is not http(s) or mailto. */
export function safeLinkUrl(href: string | null | undefined): string | undefined {
  const url = href?.trim();
  if (!url || !/^(https?:\/\/|mailto:)/i.test(url) || !URL.canParse(url)) return undefined;
  return url.replace(
    /[\s()<>{}\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
