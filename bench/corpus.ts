/**
 * Write a deterministic synthetic content tree of N events for the benchmark:
 * `tsx bench/corpus.ts 1000 [outDir]` → bench/.corpus/1000/{cases,actors,events}.
 *
 * Every date precision and qualifier appears, events link to earlier ones, bodies have headings
 * and lists. Case `bench-all` holds every event, so its page and timeline carry the full size.
 * The data is synthetic by design and never leaves bench/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { EVENT_KINDS } from '../src/schemas/enums';

/** A small seeded PRNG (mulberry32), so every run writes the same corpus. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES = ['applicant', 'respondent', 'author', 'recipient', 'party'];
const WORDS =
  'court ruling injunction appeal regulator data protection consumer claim hearing evidence party counsel filing order judgment opt out consent processing transfer fine decision review complaint procedure jurisdiction remedy statute article directive'.split(
    ' ',
  );

const pad = (n: number) => String(n).padStart(2, '0');

/** Return an EDTF date for event i: mostly days, then every other precision and qualifier. */
export function corpusDate(i: number, n: number, random: () => number): string {
  const spanDays = 25 * 365;
  const day = new Date(Date.UTC(2000, 0, 1) + Math.floor((i / n) * spanDays) * 86_400_000);
  const y = day.getUTCFullYear();
  const m = pad(day.getUTCMonth() + 1);
  const d = pad(day.getUTCDate());
  const roll = random();
  if (roll < 0.55) return `${y}-${m}-${d}`;
  if (roll < 0.65) return `${y}-${m}`;
  if (roll < 0.69) return `${y}`;
  if (roll < 0.73) return `${y}-${m}-${d}~`;
  if (roll < 0.77) return `${y}-${m}?`;
  if (roll < 0.79) return `${y}~`;
  if (roll < 0.81) return `${y}-${m}-${d}%`;
  if (roll < 0.86) return `../${y}-${m}-${d}`;
  if (roll < 0.9) return `${y}-${m}-${d}/..`;
  const end = new Date(day.getTime() + (3 + Math.floor(random() * 40)) * 86_400_000);
  return `${y}-${m}-${d}/${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
}

function sentence(random: () => number, words = 14): string {
  const list = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]);
  const text = list.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function body(i: number, random: () => number): string {
  const paragraphs = (count: number) =>
    Array.from({ length: count }, () =>
      Array.from({ length: 4 }, () => sentence(random)).join(' '),
    );
  return [
    `## Background`,
    ...paragraphs(2),
    `## What happened`,
    ...paragraphs(1),
    Array.from({ length: 4 }, () => `- ${sentence(random, 8)}`).join('\n'),
    `## Next steps`,
    ...paragraphs(1),
    `Synthetic benchmark event number ${i}.`,
  ].join('\n\n');
}

function frontmatter(data: Record<string, unknown>, text: string): string {
  return `---\n${stringify(data)}---\n\n${text}\n`;
}

/** Write the corpus of `n` events into `outDir` (emptied first); return the counts written. */
export function writeCorpus(
  n: number,
  outDir: string,
): { events: number; cases: number; actors: number } {
  const random = createRandom(n);
  rmSync(outDir, { recursive: true, force: true });
  const caseCount = Math.max(3, Math.round(n / 250));
  const actorCount = Math.max(10, Math.round(n / 40));
  const cases = [
    'bench-all',
    ...Array.from({ length: caseCount - 1 }, (_, c) => `bench-case-${c + 1}`),
  ];
  const actors = Array.from({ length: actorCount }, (_, a) => `bench-actor-${a + 1}`);
  mkdirSync(join(outDir, 'cases'), { recursive: true });
  mkdirSync(join(outDir, 'actors'), { recursive: true });
  for (const [a, id] of actors.entries()) {
    const kind =
      a % 7 === 0 ? 'court' : a % 5 === 0 ? 'regulator' : a % 3 === 0 ? 'ngo' : 'company';
    writeFileSync(
      join(outDir, 'actors', `${id}.yaml`),
      stringify({ name: `Synthetic Actor ${a + 1}`, kind, country: 'DE' }),
    );
  }
  for (const [c, id] of cases.entries()) {
    const data = {
      title: c === 0 ? 'Synthetic case with every event' : `Synthetic case ${c}`,
      summary: sentence(random, 20),
      jurisdictions: ['EU'],
      status: 'ongoing',
      tags: ['synthetic'],
      published: '2026-01-01',
    };
    writeFileSync(join(outDir, 'cases', `${id}.mdx`), frontmatter(data, body(c, random)));
  }
  for (let i = 0; i < n; i++) {
    const id = `bench-event-${String(i).padStart(5, '0')}`;
    const folder = join(outDir, 'events', `batch-${Math.floor(i / 500)}`);
    mkdirSync(folder, { recursive: true });
    const actorA = actors[Math.floor(random() * actors.length)] as string;
    const actorB = actors[Math.floor(random() * actors.length)] as string;
    const sources = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, s) => ({
      title: `Synthetic source ${s + 1} for event ${i}`,
      publisher: `Synthetic Press ${1 + (i % 9)}`,
      published: corpusDate(i, n, () => 0.1),
      kind: s === 0 ? 'primary' : 'secondary',
      ...(s === 0 ? { url: `https://example.org/bench/${i}` } : {}),
    }));
    const links =
      i > 0 && random() < 0.3
        ? [
            {
              type: 'responds-to',
              event: `bench-event-${String(Math.floor(random() * i)).padStart(5, '0')}`,
            },
          ]
        : [];
    const data = {
      title: `Synthetic event ${i}: ${sentence(random, 5).slice(0, -1)}`,
      summary: sentence(random, 24),
      date: corpusDate(i, n, random),
      status: random() < 0.05 ? 'scheduled' : 'occurred',
      kind: EVENT_KINDS[i % EVENT_KINDS.length],
      cases: ['bench-all', cases[1 + (i % (cases.length - 1))]],
      actors: [...new Set([actorA, actorB])].map((id, r) => ({
        id,
        role: ROLES[(i + r) % ROLES.length],
      })),
      jurisdiction: i % 2 ? 'DE' : 'EU',
      sources,
      links,
      tags: ['synthetic'],
      published: `2026-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
    };
    writeFileSync(join(folder, `${id}.mdx`), frontmatter(data, body(i, random)));
  }
  return { events: n, cases: cases.length, actors: actors.length };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('corpus.ts')) {
  const n = Number(process.argv[2] ?? 100);
  if (!Number.isInteger(n) || n < 1) {
    console.error(
      `bench/corpus.ts: expected a positive number of events, found "${process.argv[2]}"`,
    );
    process.exit(2);
  }
  const out = resolve(process.argv[3] ?? `bench/.corpus/${n}`);
  const counts = writeCorpus(n, out);
  console.log(
    `wrote ${counts.events} events, ${counts.cases} cases, ${counts.actors} actors to ${out}`,
  );
}
