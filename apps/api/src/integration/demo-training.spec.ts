import { DirectoryModule } from '@pillars/api/directory';
import { PoliciesModule, seedDemoPolicies } from '@pillars/api/policies';
import { gql, one, type TestUser } from '@pillars/api/testing';
import { seedDemoTraining, TrainingModule } from '@pillars/api/training';
import { demoOrganization } from '../../test/demo-organization';

const demo = demoOrganization({ slug: 'demo-training', modules: [DirectoryModule, PoliciesModule, TrainingModule], seed: seedDemoTraining, before: [seedDemoPolicies] });
const { login } = demo;

type Enrolment = { courseTitle: string; status: string; modulesDone: number; modulesTotal: number; certificate: { code: string } | null };
const MINE = `{ myTraining { assigned { courseTitle status modulesDone modulesTotal certificate { code } } inProgress { courseTitle status modulesDone modulesTotal certificate { code } }
  overdue { courseTitle status modulesDone modulesTotal certificate { code } } dueSoon { courseTitle status modulesDone modulesTotal certificate { code } }
  completed { courseTitle status modulesDone modulesTotal certificate { code } } } }`;
const MATRIX = `{ trainingMatrix { columns { title } rows { name statuses dates } } }`;
const VERIFY = `query($code: String!) { verifyTrainingCertificate(code: $code) { personName courseTitle } }`;

describe('demo training', () => {
  it('gives the employee courses to resume, the manager completed ones with verifiable certificates, and a mixed matrix', async () => {
    const employee = await login('employee@pillars.demo');
    const mine = await gql(demo.app).as(employee).send<{ myTraining: Record<string, Enrolment[]> }>(MINE);
    expect(mine.errors).toBeUndefined();
    const all = Object.values(mine.data?.myTraining ?? {}).flat();
    expect(all.map((e) => e.courseTitle)).toEqual(expect.arrayContaining(['Social Media Essentials', 'Information Security Basics']));
    expect(all.some((e) => e.modulesDone > 0 && e.modulesDone < e.modulesTotal)).toBe(true);

    const manager = await login('manager@pillars.demo');
    const done = (await gql(demo.app).as(manager).send<{ myTraining: { completed: Enrolment[] } }>(MINE)).data?.myTraining.completed ?? [];
    expect(done.map((e) => e.courseTitle)).toEqual(expect.arrayContaining(['Social Media Essentials', 'Information Security Basics', 'Inclusive Leadership']));
    const code = done[0].certificate?.code as string;
    expect((await gql(demo.app).send<{ verifyTrainingCertificate: { personName: string } }>(VERIFY, { code })).data?.verifyTrainingCertificate.personName).toBe(manager.name);

    const matrix = await gql(demo.app).as(manager).send<{ trainingMatrix: { columns: { title: string }[]; rows: { statuses: (string | null)[] }[] } }>(MATRIX);
    expect(matrix.errors).toBeUndefined();
    const statuses = new Set(matrix.data?.trainingMatrix.rows.flatMap((r) => r.statuses.filter((x) => x !== null)));
    expect(statuses.size).toBeGreaterThan(1);
    // Everyone in the audience is enrolled; certificates exist only for completions.
    const counts = await one<{ enrolments: number; certificates: number; completed: number }>(
      `SELECT (SELECT count(*)::int FROM training_enrolments WHERE organization_id = $1) AS enrolments,
              (SELECT count(*)::int FROM training_certificates WHERE organization_id = $1) AS certificates,
              (SELECT count(*)::int FROM training_enrolments WHERE organization_id = $1 AND completed_at IS NOT NULL) AS completed`, [demo.orgId]);
    expect(counts?.certificates).toBe(counts?.completed);
    expect(counts?.enrolments).toBeGreaterThan(80);
  });
});
