/** Builds at scale (bench/scale-builds.json, written by bench/build-scale.ts): types and checks. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DistBreakdown } from './dist-breakdown';

/** One cold build at a corpus size, the rebuild after editing one event, and what dist/ holds. */
export interface ScaleBuild {
  events: number;
  date: string;
  loadAverage: { before: number[]; after: number[] };
  cold: { seconds: number; peakMemoryMB: number };
  rebuild: { seconds: number; peakMemoryMB: number; edited: string } | null;
  dist: DistBreakdown;
  cpuProfile: boolean;
}

/** Return the builds of bench/scale-builds.json, failing with the field to fix when one is malformed. */
export function parseScaleBuilds(json: unknown, file = 'bench/scale-builds.json'): ScaleBuild[] {
  const list = (json as { builds?: unknown })?.builds;
  if (!Array.isArray(list))
    throw new Error(`${file}: expected { "builds": [...] }, rewrite it with bench/build-scale.ts`);
  return list.map((b: Record<string, unknown>, i) => {
    const where = `${file}: builds[${i}]`;
    if (!Number.isInteger(b.events) || (b.events as number) < 1)
      throw new Error(`${where}: "events" must be a number of events`);
    const cold = b.cold as Record<string, unknown> | undefined;
    if (typeof cold?.seconds !== 'number' || typeof cold.peakMemoryMB !== 'number')
      throw new Error(`${where}: "cold" needs numeric "seconds" and "peakMemoryMB"`);
    const dist = b.dist as Record<string, unknown> | undefined;
    if (
      typeof dist?.bytes !== 'number' ||
      !Array.isArray(dist.byFolder) ||
      !Array.isArray(dist.byType)
    )
      throw new Error(`${where}: "dist" needs "bytes", "byFolder" and "byType"`);
    return b as unknown as ScaleBuild;
  });
}

/** Return the builds recorded in `<root>/bench/scale-builds.json`, or none when there is no such file. */
export function readScaleBuilds(root: string): ScaleBuild[] {
  const file = join(root, 'bench/scale-builds.json');
  return existsSync(file) ? parseScaleBuilds(JSON.parse(readFileSync(file, 'utf8'))) : [];
}
