/** Summarise a V8 .cpuprofile: where the time went, by function and by source file. */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One row of a profile summary: self and total (inclusive) milliseconds. */
export interface ProfileRow {
  name: string;
  selfMs: number;
  totalMs: number;
}

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'node_modules/')
    .replace(/^.*\/(src|bench)\//, '$1/');

/** Return the top functions and files of a profile by self and inclusive time (a frame counted once per sample). */
export function summarizeProfile(
  profile: CpuProfile,
  key: 'function' | 'file' = 'function',
): ProfileRow[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) =>
    key === 'file'
      ? shortUrl(n.callFrame.url) || `(${n.callFrame.functionName || 'native'})`
      : `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (
      let node: ProfileNode | undefined = leaf;
      node;
      node = byId.get(parent.get(node.id) ?? -1)
    ) {
      const k = name(node);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  return [...total.entries()].map(([k, t]) => ({ name: k, selfMs: self.get(k) ?? 0, totalMs: t }));
}

if (process.argv[1]?.endsWith('profile.ts')) {
  const [file, key = 'function', sort = 'self', count = '40', filter = ''] = process.argv.slice(2);
  const rows = summarizeProfile(
    JSON.parse(readFileSync(file as string, 'utf8')),
    key as 'function' | 'file',
  )
    .filter((r) => r.name.includes(filter))
    .sort((a, b) => (sort === 'total' ? b.totalMs - a.totalMs : b.selfMs - a.selfMs))
    .slice(0, Number(count));
  for (const r of rows)
    console.log(
      `${(r.selfMs / 1000).toFixed(1).padStart(7)} s self ${(r.totalMs / 1000).toFixed(1).padStart(7)} s total  ${r.name}`,
    );
}
