import { describe, expect, test } from 'vitest';
import { COMPONENT_HANDLERS } from '../../../src/lib/mdx/components';
import { AUTHOR_COMPONENTS } from '../../../src/lib/mdx/allowlist';

describe('AUTHOR_COMPONENTS', () => {
  test('names exactly the components a body is rendered with', () => {
    // A component given a handler must be allowed in bodies, and nothing else may be.
    expect(Object.keys(AUTHOR_COMPONENTS).sort()).toEqual(Object.keys(COMPONENT_HANDLERS).sort());
  });
});
