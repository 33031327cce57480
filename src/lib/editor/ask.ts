import type { Answers, FieldSpec } from './fields';

/** Ask one question and return the answer as typed (readline in the CLI, a list in tests). */
export type AskFn = (question: string) => Promise<string>;

/** The flags an editor gave, as node:util parseArgs returns them. */
export type Flags = Record<string, string | string[] | boolean | undefined>;

/** Every flag that was missing or wrong, so the editor can fix them all at once. */
export class AnswerError extends Error {
  override name = 'AnswerError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

function fromFlag(spec: FieldSpec, flags: Flags): string | undefined {
  const value = flags[spec.flag];
  if (value === undefined || typeof value === 'boolean') return undefined;
  return Array.isArray(value) ? value.join('\n') : value;
}

function checkAnswer(spec: FieldSpec, value: string, answers: Answers): string {
  if (!spec.check) return value.trim();
  if (spec.multiple)
    return value
      .split('\n')
      .map((v) => spec.check!(v.trim(), answers))
      .join('\n');
  return spec.check(value.trim(), answers);
}

/**
 * Gather the answers from flags, asking for the rest when `ask` is given (an interactive
 * terminal). Without `ask`, a missing required flag is an error. Invalid flags are always errors;
 * an invalid typed answer is explained and asked again.
 */
export async function collectAnswers(
  specs: FieldSpec[],
  flags: Flags,
  ask?: AskFn,
  say: (line: string) => void = () => {},
): Promise<Answers> {
  const answers: Answers = {};
  const problems: string[] = [];
  for (const spec of specs) {
    const given = fromFlag(spec, flags);
    if (given !== undefined) {
      try {
        answers[spec.flag] = checkAnswer(spec, given, answers);
      } catch (error) {
        problems.push(`--${spec.flag}: ${(error as Error).message}`);
      }
      continue;
    }
    const fallback = spec.fallback?.(answers);
    if (ask && !spec.flagOnly) {
      answers[spec.flag] = await askUntilValid(spec, answers, fallback, ask, say);
      continue;
    }
    if (fallback !== undefined) answers[spec.flag] = fallback;
    else if (spec.required)
      problems.push(`--${spec.flag}: missing; ${spec.question.replace(/[?:]\s*$/, '')}`);
  }
  if (problems.length > 0) throw new AnswerError(problems);
  return answers;
}

async function askUntilValid(
  spec: FieldSpec,
  answers: Answers,
  fallback: string | undefined,
  ask: AskFn,
  say: (line: string) => void,
): Promise<string | undefined> {
  for (;;) {
    const suffix = fallback !== undefined ? ` [${fallback}]` : spec.required ? '' : ' (optional)';
    const typed = (await ask(`${spec.question}${suffix} `)).trim();
    if (typed === '') {
      if (fallback !== undefined) return fallback;
      if (!spec.required) return undefined;
      say('  This one is needed.');
      continue;
    }
    try {
      const value = checkAnswer(spec, typed, answers);
      if (spec.echo) say(`  → ${spec.echo(value)}`);
      return value;
    } catch (error) {
      say(`  ${(error as Error).message}`);
    }
  }
}
