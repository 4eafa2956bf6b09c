import { EventsService } from '@pillars/api/core';
import { NotificationMailJobs } from '@pillars/api/notifications';
import { all, buildOrganization, buildUser, codeOf, gql, type TestUser } from '@pillars/api/testing';
import { PUBLISH } from './policies.test-documents';
import { policiesTestApp } from './policy-features.test-support';
import { POLICY_REVIEW_DECIDED_KIND, POLICY_REVIEW_REQUESTED_KIND } from './policy-reviews.service';

const REQUEST = `mutation($input: RequestPolicyReviewInput!) { requestPolicyReview(input: $input) { version { id reviews { reviewer { id name } decision comment decidedAt } } } }`;
const REVIEW = `mutation($input: ReviewPolicyVersionInput!) { reviewPolicyVersion(input: $input) { request { policyId review { decision comment decidedAt } version { id status } } } }`;
const MINE = `{ myPolicyReviews(first: 20) { edges { node { policyId policyTitle version { id label status reading { title bodyHtml } } review { decision requestedBy { id } } } } } }`;
const ONE = `query($versionId: ID!) { policyReviewRequest(versionId: $versionId) { policyTitle version { id status reading { title } reviews { reviewer { id } decision } } } }`;
const DRAFT_VIEW = `query($id: ID!) { policy(id: $id) { draftVersion { id reviews { reviewer { id name } decision comment } } } }`;
const NOTES = `{ notifications(first: 50) { edges { node { kind available targetType targetId data { key id } } } } }`;

type Mine = { myPolicyReviews: { edges: { node: { policyId: string; policyTitle: string; version: { id: string; label: string; status: string; reading: { title: string; bodyHtml: string } }; review: { decision: string | null; requestedBy: { id: string } } } }[] } };
type Notes = { notifications: { edges: { node: { kind: string; available: boolean; targetType: string; targetId: string; data: { key: string; id: string }[] } }[] } };

const { app, kit } = policiesTestApp({
  before: () => {
    delete process.env['SMTP_URL'];
  },
  after: (nest) => nest.get(NotificationMailJobs).settled(),
});

const settle = async () => {
  await app().get(EventsService).kick();
  await app().get(NotificationMailJobs).settled();
};
const rows = (versionId: string) => all<{ reviewerId: string; decision: string | null; comment: string | null }>(
  `SELECT reviewer_id AS "reviewerId", decision, comment FROM policy_version_reviews WHERE version_id = $1 ORDER BY reviewer_id`, [versionId]);
const mailsTo = (user: TestUser) => all<{ subject: string; html: string }>(`SELECT subject, html FROM mail_outbox WHERE to_address = $1 ORDER BY created_at`, [user.email]);
const notes = async (user: TestUser) => (await kit.ok<Notes>(user, NOTES)).notifications.edges.map((e) => e.node);

/** An organisation with HR, a policy and its draft (never published). */
async function draftSetup() {
  const org = await buildOrganization();
  const hr = await buildUser(org, { roles: ['HR'], name: 'Hana HR' });
  const reviewer = await buildUser(org, { name: 'Rita Reviewer', locale: 'it' });
  const second = await buildUser(org, { name: 'Sami Second', locale: 'ar' });
  const bystander = await buildUser(org, { name: 'Bea Bystander' });
  const policyId = await kit.createPolicy(hr, 'Travel Policy');
  const versionId = await kit.draft(hr, { policyId, change: 'MAJOR', bodies: [kit.body('en', 'Book **economy**.')], fallbackLanguage: 'en', audience: kit.everyone });
  return { org, hr, reviewer, second, bystander, policyId, versionId };
}

describe('policy draft reviews', () => {
  it('asks named reviewers, notifies them in their language, and lets them (only them) read that draft', async () => {
    const { hr, reviewer, second, bystander, policyId, versionId } = await draftSetup();
    const asked = await kit.ok<{ requestPolicyReview: { version: { reviews: { reviewer: { id: string; name: string }; decision: string | null }[] } } }>(hr, REQUEST, {
      input: { versionId, reviewerIds: [reviewer.id, second.id] },
    });
    expect(asked.requestPolicyReview.version.reviews.map((r) => [r.reviewer.name, r.decision]).sort()).toEqual([['Rita Reviewer', null], ['Sami Second', null]]);
    await settle();

    // In the app, pointing at the draft's review, and by mail in each reviewer's language.
    const [n] = await notes(reviewer);
    expect(n).toMatchObject({ kind: POLICY_REVIEW_REQUESTED_KIND, available: true, targetType: 'policy_review', targetId: versionId });
    expect(n.data).toEqual(expect.arrayContaining([{ key: 'policyId', id: policyId }]));
    expect((await mailsTo(reviewer)).map((m) => m.subject)).toEqual(['Hana HR ti ha chiesto di rivedere una bozza di policy']);
    expect((await mailsTo(second))[0].html).toContain('lang="ar" dir="rtl"');
    expect(await notes(bystander)).toEqual([]);

    // The reviewer finds the draft and reads it, with only their own review.
    const mine = (await kit.ok<Mine>(reviewer, MINE)).myPolicyReviews.edges.map((e) => e.node);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ policyId, policyTitle: 'Travel Policy', version: { id: versionId, status: 'DRAFT', label: '1.0' }, review: { decision: null, requestedBy: { id: hr.id } } });
    expect(mine[0].version.reading.bodyHtml).toContain('<strong>economy</strong>');
    const one = await kit.ok<{ policyReviewRequest: { version: { reviews: { reviewer: { id: string } }[] } } }>(reviewer, ONE, { versionId });
    expect(one.policyReviewRequest.version.reviews.map((r) => r.reviewer.id)).toEqual([reviewer.id]);
    // …but not the policy itself (nothing published, not in any audience).
    expect(codeOf(await gql(app()).as(reviewer).send(DRAFT_VIEW, { id: policyId }))).toBe('NOT_FOUND');

    // An unrelated employee reads neither the draft nor its reviews.
    expect(codeOf(await gql(app()).as(bystander).send(ONE, { versionId }))).toBe('NOT_FOUND');
    expect((await kit.ok<Mine>(bystander, MINE)).myPolicyReviews.edges).toEqual([]);
    expect(codeOf(await gql(app()).as(bystander).send(DRAFT_VIEW, { id: policyId }))).toBe('NOT_FOUND');
  });

  it('records approvals and comments, notifies the author, keeps decisions when asked again, and refuses anyone not asked', async () => {
    const { hr, reviewer, second, bystander, policyId, versionId } = await draftSetup();
    await kit.ok(hr, REQUEST, { input: { versionId, reviewerIds: [reviewer.id] } });
    await kit.ok(reviewer, REVIEW, { input: { versionId, decision: 'APPROVED' } });
    const commented = await kit.ok<{ reviewPolicyVersion: { request: { review: { decision: string; comment: string; decidedAt: string } } } }>(reviewer, REVIEW, {
      input: { versionId, decision: 'COMMENTED', comment: 'Say who approves business class.\nمثلا' },
    });
    expect(commented.reviewPolicyVersion.request.review).toMatchObject({ decision: 'COMMENTED', comment: 'Say who approves business class.\nمثلا' });
    expect(commented.reviewPolicyVersion.request.review.decidedAt).toBeTruthy();
    await settle();
    const toAuthor = (await notes(hr)).filter((x) => x.kind === POLICY_REVIEW_DECIDED_KIND);
    expect(toAuthor).toHaveLength(2);
    expect(toAuthor[0]).toMatchObject({ available: true, targetType: 'policy_draft', targetId: versionId });
    expect((await mailsTo(hr)).map((m) => m.subject)).toContain('Rita Reviewer reviewed your policy draft');

    // Asking again adds the second reviewer; the first keeps their comment and is not re-notified.
    const before = (await notes(reviewer)).length;
    await kit.ok(hr, REQUEST, { input: { versionId, reviewerIds: [reviewer.id, second.id] } });
    await settle();
    expect((await notes(reviewer)).length).toBe(before);
    expect((await rows(versionId)).map((r) => r.decision).sort()).toEqual(['COMMENTED', null].sort());
    const draft = await kit.ok<{ policy: { draftVersion: { reviews: { reviewer: { name: string }; decision: string | null; comment: string | null }[] } } }>(hr, DRAFT_VIEW, { id: policyId });
    expect(draft.policy.draftVersion.reviews).toEqual([
      { reviewer: { id: reviewer.id, name: 'Rita Reviewer' }, decision: 'COMMENTED', comment: 'Say who approves business class.\nمثلا' },
      { reviewer: { id: second.id, name: 'Sami Second' }, decision: null, comment: null },
    ]);

    // Someone not asked: hidden (NOT_FOUND); HR, who sees the draft but was not asked, gets a code of its own.
    expect(codeOf(await gql(app()).as(bystander).send(REVIEW, { input: { versionId, decision: 'APPROVED' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app()).as(hr).send(REVIEW, { input: { versionId, decision: 'APPROVED' } }))).toBe('POLICY_REVIEW_NOT_REQUESTED');
    // An ordinary employee may not ask for reviews.
    expect(codeOf(await gql(app()).as(bystander).send(REQUEST, { input: { versionId, reviewerIds: [second.id] } }))).toBe('FORBIDDEN');
    expect((await rows(versionId)).length).toBe(2);
  });

  it('refuses another organisation\'s, inactive, self and too many reviewers, writing nothing', async () => {
    const { org, hr, reviewer, versionId } = await draftSetup();
    const other = await buildUser(await buildOrganization(), { name: 'Otto Other' });
    const gone = await buildUser(org, { status: 'DEPARTED' });
    for (const [ids, field, rule] of [
      [[reviewer.id, other.id], 'reviewerIds.1', 'exists'],
      [[gone.id], 'reviewerIds.0', 'exists'],
      [[hr.id], 'reviewerIds.0', 'notSelf'],
    ] as const) {
      const res = await gql(app()).as(hr).send(REQUEST, { input: { versionId, reviewerIds: ids } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([{ field, rule }]);
    }
    const many = await Promise.all(Array.from({ length: 20 }, () => buildUser(org)));
    await kit.ok(hr, REQUEST, { input: { versionId, reviewerIds: many.slice(0, 15).map((u) => u.id) } });
    const tooMany = await gql(app()).as(hr).send(REQUEST, { input: { versionId, reviewerIds: [...many.slice(15).map((u) => u.id), reviewer.id] } });
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([{ field: 'reviewerIds', rule: 'maxReviewers' }]);
    expect((await rows(versionId)).length).toBe(15);
    expect((await rows(versionId)).some((r) => r.reviewerId === other.id || r.reviewerId === reviewer.id)).toBe(false);
    // Another organisation's HR cannot see (let alone review) the draft.
    const otherHr = await buildUser(await buildOrganization(), { roles: ['HR'] });
    expect(codeOf(await gql(app()).as(otherHr).send(REQUEST, { input: { versionId, reviewerIds: [other.id] } }))).toBe('NOT_FOUND');
  });

  it('rejects hostile comments with stable codes, and closes reviewing at publication (which pending reviews do not block)', async () => {
    const { hr, reviewer, second, bystander, versionId } = await draftSetup();
    await kit.ok(hr, REQUEST, { input: { versionId, reviewerIds: [reviewer.id, second.id] } });
    for (const [comment, rule] of [
      ['fine\u0000', 'nul'],
      ['a\u0007b', 'control'],
      ['\u202Egnp.exe', 'bidi'],
      ['x'.repeat(4001), 'maxLength'],
      ['   ', 'empty'],
    ] as const) {
      const res = await gql(app()).as(reviewer).send(REVIEW, { input: { versionId, decision: 'COMMENTED', comment } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toMatchObject([{ field: 'comment', rule }]);
    }
    const missing = await gql(app()).as(reviewer).send(REVIEW, { input: { versionId, decision: 'COMMENTED' } });
    expect(missing.errors?.[0].extensions?.fields).toEqual([{ field: 'comment', rule: 'required' }]);
    expect((await rows(versionId)).every((r) => r.decision === null)).toBe(true);

    await kit.ok(reviewer, REVIEW, { input: { versionId, decision: 'APPROVED' } });
    // `second` has not decided: HR publishes anyway.
    await kit.ok(hr, PUBLISH, { id: versionId });
    await kit.drain();
    const late = await gql(app()).as(second).send(REVIEW, { input: { versionId, decision: 'APPROVED' } });
    expect(codeOf(late)).toBe('POLICY_REVIEW_CLOSED');
    expect(late.errors?.[0].extensions?.['status']).toBe('PUBLISHED');
    expect((await rows(versionId)).find((r) => r.reviewerId === second.id)?.decision).toBeNull();
    // Asking for more reviews of a published version is refused too; the reviewer's list drops it.
    expect(codeOf(await gql(app()).as(hr).send(REQUEST, { input: { versionId, reviewerIds: [bystander.id] } }))).toBe('POLICY_NOT_DRAFT');
    expect((await kit.ok<Mine>(second, MINE)).myPolicyReviews.edges).toEqual([]);
  });
});
