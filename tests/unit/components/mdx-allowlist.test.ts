import { describe, expect, test } from 'vitest';
import { mdxComponents } from '../../../src/components/mdx';
import { AUTHOR_COMPONENTS } from '../../../src/lib/mdx/allowlist';

describe('AUTHOR_COMPONENTS', () => {
  test('names exactly the components an MDX body is rendered with', () => {
    // A component added to src/components/mdx must be allowed in bodies, and nothing else may be.
    expect(Object.keys(AUTHOR_COMPONENTS).sort()).toEqual(Object.keys(mdxComponents).sort());
  });
});
