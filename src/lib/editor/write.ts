import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Write a new file under a folder, creating folders; throws if the file exists (never overwrites). */
export function writeNewFile(root: string, path: string, text: string): string {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  try {
    // 'wx' fails atomically when the file exists, so two editors cannot race to one name.
    writeFileSync(target, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new Error(
        `${target} already exists; edit it, or choose another title or date so the file name differs`,
        { cause: error },
      );
    }
    throw error;
  }
  return target;
}
