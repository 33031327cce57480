/** Describe the machine and software a benchmark ran on, so figures can be compared honestly. */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

/** The machine, its load, and the versions of everything measured. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  node: string;
  chromium: string;
  loadAverage: number[];
  packages: Record<string, string>;
}

const PACKAGES = [
  'astro',
  'satteri',
  'pagefind',
  'd3-zoom',
  'd3-selection',
  'playwright-core',
  'vis-timeline',
  '@knight-lab/timelinejs',
];

/** Return the installed version of each package the benchmark measures or depends on. */
export function packageVersions(root: string): Record<string, string> {
  return Object.fromEntries(
    PACKAGES.map((name) => {
      try {
        return [
          name,
          (
            JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
              version: string;
            }
          ).version,
        ];
      } catch {
        return [name, 'not installed'];
      }
    }),
  );
}

/** Return the machine's CPUs, memory, load, Node and Chromium versions and package versions. */
export function machineInfo(root: string, chromium: string): MachineInfo {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium,
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    packages: packageVersions(root),
  };
}
