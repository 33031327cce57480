/** One rule of a Netlify / Cloudflare Pages `_headers` file: a path pattern and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Parse a `_headers` file: an unindented path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      const rule = rules.at(-1);
      if (!rule || !name || value.length === 0)
        throw new Error(`_headers: "${line}" is not "Name: value" under a path`);
      rule.headers[name.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

/** Return the headers the rules give a path (`*` matches any run of characters, as on those hosts). */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const matching = rules.filter((r) =>
    new RegExp(
      `^${r.pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(path),
  );
  return Object.assign({}, ...matching.map((r) => r.headers));
}
