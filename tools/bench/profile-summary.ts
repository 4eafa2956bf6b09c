/**
 * Top self-time frames of a V8 CPU profile (`node --cpu-prof`), grouped by package and by frame.
 *
 *   node -r @swc-node/register tools/bench/profile-summary.ts <file.cpuprofile> [frames]
 *
 * bench.ts prints it after a `--profile <dir>` run.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const packageOf = (url: string, fn: string) => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node (internal)';
  if (url.includes('dist/apps/api')) return 'app code';
  return url || fn || '(native)';
};

export function summariseProfile(file: string, frames = 30): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  const byFrame = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, t] of selfTime) {
    const { functionName, url, lineNumber } = (byId.get(id) as ProfileNode).callFrame;
    total += t;
    const short = url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '');
    const frame = `${functionName || '(anonymous)'} ${short}${short ? `:${lineNumber + 1}` : ''}`;
    byFrame.set(frame, (byFrame.get(frame) ?? 0) + t);
    byPackage.set(packageOf(url, functionName), (byPackage.get(packageOf(url, functionName)) ?? 0) + t);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
  return [`${(total / 1e6).toFixed(1)} s sampled`, '', 'by package:', ...top(byPackage, 20), '', 'by frame (self time):', ...top(byFrame, frames)].join('\n');
}

if (require.main === module) {
  console.log(summariseProfile(process.argv[2] as string, Number(process.argv[3] ?? 30)));
}
