import { appendFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { arg, sessionsFor } from './load';
import { gql, managerWithLine, replayBaseline, RESULT_HEADER, resultTable, type ReplayContext } from './replay';
import { seedTrainingBench } from './training-seed';

export interface TrainingSuiteContext extends ReplayContext {
  orgId: string;
  users: number;
  root: string;
}

/** The manager matrix as the web's /training/matrix asks for it (libs/web/training/data-access TrainingMatrixDocument). */
export const MATRIX = `query TrainingMatrix($managerId: ID) { trainingMatrix(managerId: $managerId) { columns { courseId title }
  rows { userId name teamName overdueCount statuses dates } } }`;
/** HR's organisation roll-up by team tree, every required course, totals and each team with its sub-teams. */
export const ROLLUP = `query TrainingRollup($courseId: ID) { trainingRollup(courseId: $courseId) { totals { required done overdue expired percent }
  groups { teamId name counts { required done overdue expired percent } } } }`;

/**
 * The training scenarios (issue 17, criterion 3) on 10k people × 20 required courses: the manager
 * matrix for the line closest to 500 people and HR's organisation roll-up, each against the bare
 * baseline replaying the very statements the API sent for it (unnamed, then named), at
 * `--read-connections` (1,10).
 */
export async function runTrainingSuite(pool: Pool, c: TrainingSuiteContext): Promise<void> {
  const log = (m: string) => console.log(m);
  const data = await seedTrainingBench(pool, c.orgId, { courses: Number(arg('courses', '20')), log });
  log(`training: ${data.courses} courses, ${data.enrolments} enrolments; current by status ${JSON.stringify(data.statuses)}`);

  const [hrCookie] = await sessionsFor(pool, c.orgId, 1, `'HR' = ANY(roles)`);
  const manager = await managerWithLine(pool, c.orgId, Number(arg('line', '500')));
  const [managerCookie] = await sessionsFor(pool, c.orgId, 1, `id = '${manager.id}'`);
  const matrix = await gql<{ trainingMatrix: { columns: unknown[]; rows: { statuses: (string | null)[] }[] } }>(c.apiPort, managerCookie, MATRIX, { managerId: null });
  const cells = matrix.trainingMatrix.rows.reduce((n, r) => n + r.statuses.filter((x) => x !== null).length, 0);
  const rollup = await gql<{ trainingRollup: { totals: { required: number }; groups: unknown[] } }>(c.apiPort, hrCookie, ROLLUP, { courseId: null });
  log(`matrix: ${matrix.trainingMatrix.rows.length} people × ${matrix.trainingMatrix.columns.length} courses (${cells} cells); roll-up: ${rollup.trainingRollup.totals.required} enrolments, ${rollup.trainingRollup.groups.length} teams`);
  const reads = [
    {
      name: `trainingMatrix: a manager's line of ${matrix.trainingMatrix.rows.length} people × ${matrix.trainingMatrix.columns.length} courses (${cells} cells)`,
      cookie: managerCookie, body: { query: MATRIX, variables: { managerId: null } },
    },
    {
      name: `trainingRollup: the organisation (${rollup.trainingRollup.totals.required} current enrolments) → ${rollup.trainingRollup.groups.length} teams with their sub-teams (HR)`,
      cookie: hrCookie, body: { query: ROLLUP, variables: { courseId: null } },
    },
  ];
  const { rows, line } = resultTable();
  const loadBefore = loadavg()[0];
  const { runReads, stop } = await replayBaseline(c, reads, log);
  try {
    await runReads(arg('read-connections', '1,10').split(',').map(Number), line);
  } finally {
    stop();
  }
  const statuses = Object.entries(data.statuses).map(([s, n]) => `${n} ${s}`).join(', ');
  const header = `\n### ${new Date().toISOString().slice(0, 10)} — training: ${c.users} people, ${data.courses} required courses, ${data.enrolments} enrolments (current: ${statuses}), PostgreSQL server, ${arg('read-connections', '1,10')} connections × ${arg('duration', '10')} s, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after (1 min)\n\n${RESULT_HEADER}`;
  const text = header + rows.join('\n') + '\n';
  console.log(text);
  if (process.argv.includes('--write')) appendFileSync(join(c.root, 'docs/benchmarks.md'), text);
}
