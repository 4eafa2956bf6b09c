import { all } from './db';

/** Polls a condition until it gives a value (never a fixed sleep); jest's timeout bounds it. */
export async function until<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits for a pg-boss job to finish and gives its final state ('completed' or 'failed'). */
export const jobFinished = (jobId: string): Promise<string> =>
  until(async () => {
    const [job] = await all<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = $1`, [jobId]);
    return job && ['completed', 'failed'].includes(job.state) ? job.state : undefined;
  });
