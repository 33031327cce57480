import slugify from '@sindresorhus/slugify';
import { basename } from 'node:path';
import { ID_MAX_LENGTH, ID_PATTERN } from '../../schemas/id';
import type { ContentProblem } from '../model/types';
import type { CollectionName } from './read';

/**
 * Return a problem when a content file's name is not an id: ids go into URLs, file names,
 * CSS selectors, CSV cells and feeds, so only lower-case words joined by hyphens, at most
 * ID_MAX_LENGTH characters.
 */
export function checkFileName(collection: CollectionName, file: string): ContentProblem[] {
  const name = basename(file);
  const id = name.replace(/\.[^.]*$/, '');
  if (ID_PATTERN.test(id) && id.length <= ID_MAX_LENGTH) return [];
  const extension = name.slice(id.length);
  const suggestion = slugify(id).slice(0, ID_MAX_LENGTH).replace(/-+$/, '');
  const hint = suggestion ? `; did you mean "${suggestion}${extension}"?` : '';
  const found =
    id.length > ID_MAX_LENGTH
      ? `a file name of ${id.length} characters`
      : `the file name ${JSON.stringify(name)}`;
  return [
    {
      file,
      field: '(file name)',
      found,
      expected: `expected an id as the name of a file in content/${collection}/: lower-case letters, digits and single hyphens, at most ${ID_MAX_LENGTH} characters${hint}`,
      severity: 'error',
    },
  ];
}
