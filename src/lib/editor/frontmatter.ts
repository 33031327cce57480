import { parse, stringify, YAMLParseError, type Tags } from 'yaml';

/** A content file split into its YAML frontmatter (parsed) and its body. */
export interface SplitFile {
  data: unknown;
  body: string;
  /** The line the body starts on, counting from 1, for messages about the body. */
  bodyLine: number;
}

/** Why a file could not be read as frontmatter + body; `field` is where the fix goes. */
export class FrontmatterError extends Error {
  override name = 'FrontmatterError';
  constructor(
    message: string,
    readonly field: string,
    readonly found: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Split an MDX file into parsed YAML frontmatter and body; throws a FrontmatterError if it has none. */
export function splitFrontmatter(text: string): SplitFile {
  const match = FENCE.exec(text.replace(/^\uFEFF/, ''));
  if (!match) {
    throw new FrontmatterError(
      'expected the file to start with a --- line, the YAML fields, and a closing --- line',
      '(frontmatter)',
      'no frontmatter',
    );
  }
  const data = parseYaml(match[1] ?? '', 2);
  const bodyLine = match[0].split('\n').length;
  return { data, body: text.slice(match[0].length), bodyLine };
}

/** How many times YAML aliases (`*name`) may be expanded in one file: enough for a shared list. */
export const MAX_YAML_ALIASES = 20;

/**
 * Parse YAML text (a YAML file or a frontmatter block); throws a FrontmatterError naming the
 * line in the file (`firstLine` is the file line the YAML starts on).
 *
 * YAML 1.1, as Astro's loader reads it (`yes` is true), but with timestamps left as text: a
 * YAML Date silently turns `2025-02-30` into 2 March, and the check must see what was written.
 */
export function parseYaml(text: string, firstLine = 1): unknown {
  try {
    const customTags = (tags: Tags) =>
      tags.filter((tag) =>
        typeof tag === 'string' ? tag !== 'timestamp' : tag.tag !== 'tag:yaml.org,2002:timestamp',
      );
    return parse(text, { version: '1.1', customTags, maxAliasCount: MAX_YAML_ALIASES }) ?? {};
  } catch (cause) {
    // An alias bomb (aliases of aliases) would expand to gigabytes; the yaml library stops it.
    if (cause instanceof ReferenceError && /alias/i.test(cause.message))
      throw new FrontmatterError(
        `expected at most ${MAX_YAML_ALIASES} uses of YAML aliases (*name); write the values out`,
        '(YAML)',
        'YAML aliases that expand beyond the limit',
        { cause },
      );
    if (cause instanceof YAMLParseError) {
      const line = cause.linePos?.[0].line;
      const where = line ? `line ${line + firstLine - 1}` : 'frontmatter';
      const reason = cause.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
      throw new FrontmatterError(
        `expected valid YAML; ${reason}`,
        `(YAML ${where})`,
        'a YAML syntax error',
        { cause },
      );
    }
    throw cause;
  }
}

/** Return YAML text for data, written by the yaml library so quoting is always right. */
export function toYaml(data: unknown): string {
  return stringify(data, { lineWidth: 100, minContentWidth: 40 });
}

/** Return an MDX file: YAML frontmatter between --- lines, a blank line, then the body. */
export function toMdxFile(data: unknown, body: string): string {
  return `---\n${toYaml(data)}---\n\n${body.trim()}\n`;
}
