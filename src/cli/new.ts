// `npm run new:event|new:case|new:actor`: write a new content file from flags or prompts.
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { readContentTree } from '../lib/check/read';
import { contentDir } from '../lib/content-dir';
import { AnswerError, collectAnswers, type AskFn } from '../lib/editor/ask';
import {
  actorFields,
  caseFields,
  eventFields,
  scaffoldActor,
  scaffoldCase,
  scaffoldEvent,
  type ScaffoldContext,
} from '../lib/editor/scaffold';
import { writeNewFile } from '../lib/editor/write';
import { todayIso } from '../lib/days';

const SCAFFOLDS = {
  event: { fields: eventFields, write: scaffoldEvent },
  case: { fields: caseFields, write: scaffoldCase },
  actor: { fields: actorFields, write: scaffoldActor },
} as const;

const what = process.argv[2] as keyof typeof SCAFFOLDS;
if (!(what in SCAFFOLDS)) {
  console.error(
    `usage: tsx src/cli/new.ts event|case|actor [--flag value…]; found "${what ?? ''}"`,
  );
  process.exit(2);
}

const root = contentDir();
const files = readContentTree(root);
const ctx: ScaffoldContext = {
  caseIds: files.filter((f) => f.collection === 'cases').map((f) => f.id),
  actorIds: files.filter((f) => f.collection === 'actors').map((f) => f.id),
  today: todayIso(),
  existing: new Map(files.map((f) => [`${f.collection}/${f.id}`, f.file])),
};
const specs = SCAFFOLDS[what].fields(ctx);
const options = Object.fromEntries(
  specs.map((s) => [s.flag, { type: 'string' as const, multiple: s.multiple ?? false }]),
);
let flags;
try {
  flags = parseArgs({ args: process.argv.slice(3), options, strict: true }).values;
} catch (error) {
  console.error(`${(error as Error).message}\nflags: ${specs.map((s) => `--${s.flag}`).join(' ')}`);
  process.exit(2);
}

// Prompt only at a terminal; scripts and tests that pipe stdin get a clean error for a missing flag.
const rl = stdin.isTTY ? createInterface({ input: stdin, output: stdout }) : undefined;
const ask: AskFn | undefined = rl ? (question) => rl.question(question) : undefined;

try {
  const answers = await collectAnswers(specs, flags, ask, (line) => console.log(line));
  const file = SCAFFOLDS[what].write(answers, ctx, process.env.CASETRAIL_BASE || '/');
  const written = writeNewFile(root, file.path, file.text);
  console.log(`Wrote ${written}`);
  console.log(`Preview: http://localhost:4321${file.pagePath} (run npm run dev)`);
  console.log('Then: npm run check');
} catch (error) {
  console.error(
    error instanceof AnswerError
      ? `Cannot write the ${what}:\n${error.message}`
      : (error as Error).message,
  );
  process.exitCode = 1;
} finally {
  rl?.close();
}
