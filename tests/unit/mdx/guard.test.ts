import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { mdxContentGuard } from '../../../src/lib/mdx/guard';
import { ContentError } from '../../../src/lib/model/problems';

const context = (source: string) => ({
  fileURL: pathToFileURL(`${process.cwd()}/content/events/x/hostile.mdx`),
  sourceFormat: 'mdx' as const,
  source,
  data: {},
});

describe('mdxContentGuard', () => {
  test('lets a body that is data compile (and adds no plugin)', () => {
    expect(mdxContentGuard(context('Text with [a link](https://e.org).\n'))).toBeNull();
  });

  test.each([
    ["import { execSync } from 'node:child_process'\n", ':1:1: body: found an import statement'],
    ['\n\n{process.env.HOME}\n', ':3:1: body: found the expression {process.env.HOME}'],
    ['[x](javascript:alert(1))\n', ':1:1: body: found a javascript: address in a link'],
  ])('refuses to compile %j, naming the file, line and column', (source, expected) => {
    const run = () => mdxContentGuard(context(source));
    expect(run).toThrow(ContentError);
    expect(run).toThrow(`content/events/x/hostile.mdx${expected}`);
  });
});
