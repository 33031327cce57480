/** A rebuild after an editor changes one event: which file, and the edit. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Return the corpus file of event i (bench/corpus.ts puts 500 events per batch folder). */
export function corpusEventFile(contentDir: string, i: number): string {
  const id = `bench-event-${String(i).padStart(5, '0')}`;
  return join(contentDir, 'events', `batch-${Math.floor(i / 500)}`, `${id}.mdx`);
}

/** Return an event file with its title changed, as an editor fixing a typo would; fail if it has none. */
export function editTitle(text: string, mark = ' (edited)'): string {
  const edited = text.replace(/^title: (.*)$/m, (_, title: string) => {
    const quoted = /^(['"])(.*)\1$/.exec(title);
    return quoted ? `title: ${quoted[1]}${quoted[2]}${mark}${quoted[1]}` : `title: ${title}${mark}`;
  });
  if (edited === text)
    throw new Error('bench: the event to edit has no "title:" line in its frontmatter');
  return edited;
}

/** Edit the title of event i of a corpus in place; return the file changed. */
export function editCorpusEvent(contentDir: string, i: number): string {
  const file = corpusEventFile(contentDir, i);
  writeFileSync(file, editTitle(readFileSync(file, 'utf8')));
  return file;
}
