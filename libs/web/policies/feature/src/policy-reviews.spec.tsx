import { PeopleSearchDocument } from '@pillars/web/directory/data-access';
import type { PeopleSearchQueryVariables, PolicyReviewDecision, PolicyVersionStatus } from '@pillars/web/graphql';
import { MyPolicyReviewsDocument, PolicyReviewRequestDocument, RequestPolicyReviewDocument, ReviewPolicyVersionDocument } from '@pillars/web/policies/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OTHER, person, POLICY_ID, renderPolicies, THIRD, VERSION_ID } from './policies.spec-helpers';
import { PolicyReviewPage } from './policy-review-page';
import { PolicyReviewers } from './policy-reviewers';
import { PolicyReviewsSection } from './policy-reviews-section';

const review = (reviewer: ReturnType<typeof person>, decision: PolicyReviewDecision | null, comment: string | null = null) => ({
  __typename: 'PolicyReview' as const, reviewer, decision, comment, requestedAt: '2026-11-30T09:00:00.000Z', decidedAt: decision ? '2026-12-01T10:00:00.000Z' : null,
});

const request = (status: PolicyVersionStatus, decision: PolicyReviewDecision | null = null, comment: string | null = null) => ({
  __typename: 'PolicyReviewRequest' as const,
  policyId: POLICY_ID,
  policyTitle: 'Travel Policy',
  policyKind: 'POLICY' as const,
  policyCategory: 'HR',
  version: {
    __typename: 'PolicyVersion' as const, id: VERSION_ID, label: '2.0', status, isMajor: true, changeSummary: 'Economy only', languages: ['en'], acknowledgementMethod: 'CHECKBOX' as const,
    reading: { __typename: 'PolicyReading' as const, language: 'en', isFallback: false, title: 'Travel (en)', bodyHtml: '<p>Book <strong>economy</strong>.</p>', acknowledgementText: 'I agree.' },
  },
  review: { __typename: 'PolicyReview' as const, decision, comment, requestedAt: '2026-11-30T09:00:00.000Z', decidedAt: decision ? '2026-12-01T10:00:00.000Z' : null, requestedBy: person(OTHER, 'Ana Author') },
});
const requestMock = (status: PolicyVersionStatus) => ({ request: { query: PolicyReviewRequestDocument, variables: { versionId: VERSION_ID, language: null } }, result: { data: { policyReviewRequest: request(status) } } });

describe('policy draft reviews (web)', () => {
  it('shows each reviewer\'s decision and comment, and asks someone picked from the directory', async () => {
    const search = {
      request: { query: PeopleSearchDocument, variables: (v: PeopleSearchQueryVariables) => v.query === 'Tal' },
      result: { data: { people: { __typename: 'UserConnection', edges: [{ __typename: 'UserEdge', cursor: 'c1', node: { ...person(THIRD, 'Tal Third'), initials: 'TT', photoThumbnailUrl: null, title: 'Counsel', email: 't@x.test', location: null, status: 'ACTIVE', roles: [], teams: [] } }], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
    };
    let asked: unknown = null;
    const ask = {
      request: {
        query: RequestPolicyReviewDocument,
        variables: (v: Record<string, unknown>) => {
          asked = v;
          return true;
        },
      },
      result: { data: { requestPolicyReview: { __typename: 'PolicyVersionPayload', version: { __typename: 'PolicyVersion', id: VERSION_ID, reviews: [] } } } },
    };
    renderPolicies(<PolicyReviewers versionId={VERSION_ID} reviews={[review(person(OTHER, 'Ana Author'), 'APPROVED'), review(person('u-x', 'Omar'), 'COMMENTED', 'Say who signs off.')]} />, [search, ask]);
    expect(screen.getByText('Approved by 1 of 2 reviewers.', { exact: false })).toBeTruthy();
    expect(screen.getByText('Publishing does not wait for reviews', { exact: false })).toBeTruthy();
    const comment = screen.getByText('Say who signs off.');
    expect(comment.getAttribute('dir')).toBe('auto');
    expect(screen.getByText('Approved')).toBeTruthy();
    expect(screen.getByText('Commented')).toBeTruthy();
    const submit = screen.getByRole('button', { name: 'Request review' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);

    const picker = screen.getByLabelText('Ask someone to review', { selector: 'input' });
    picker.focus();
    fireEvent.change(picker, { target: { value: 'Tal' } });
    fireEvent.click(await screen.findByRole('option', { name: /Tal Third/ }, { timeout: 3000 }));
    const picked = screen.getByRole('list', { name: 'People to ask' });
    expect(within(picked).getByText('Tal Third')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Request review' }));
    await waitFor(() => expect(asked).toEqual({ input: { versionId: VERSION_ID, reviewerIds: [THIRD] } }));
    // Sent: the picked list empties.
    await waitFor(() => expect(screen.queryByRole('list', { name: 'People to ask' })).toBeNull());
  }, 20_000);

  it('lets a reviewer read the draft and comment (a comment is required), then says it was sent', async () => {
    const send = {
      request: { query: ReviewPolicyVersionDocument, variables: { input: { versionId: VERSION_ID, decision: 'COMMENTED', comment: 'Name the approver.' } } },
      result: { data: { reviewPolicyVersion: { __typename: 'ReviewPolicyVersionPayload', request: request('DRAFT', 'COMMENTED', 'Name the approver.') } } },
    };
    renderPolicies(<PolicyReviewPage />, [requestMock('DRAFT'), send], { path: '/policies/reviews/:versionId', route: `/policies/reviews/${VERSION_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Review a policy draft' })).toBeTruthy();
    expect(screen.getByText('Travel Policy').getAttribute('dir')).toBe('auto');
    expect(screen.getByText('economy')).toBeTruthy();
    expect(screen.getByText('Ana Author').tagName).toBe('BDI');
    expect(screen.getByText('Waiting')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Send comment' }));
    expect(await screen.findByText('Write a comment first.')).toBeTruthy();
    const box = screen.getByLabelText('Comment', { selector: 'textarea' });
    expect(box.getAttribute('dir')).toBe('auto');
    fireEvent.change(box, { target: { value: 'Name the approver.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send comment' }));
    expect(await screen.findByText('Your review was sent to the author.')).toBeTruthy();
    expect(screen.getByText('Commented')).toBeTruthy();
    expect(screen.getByText('Name the approver.')).toBeTruthy();
  });

  it('says reviewing has ended once the version is published, with no buttons', async () => {
    renderPolicies(<PolicyReviewPage />, [requestMock('PUBLISHED')], { path: '/policies/reviews/:versionId', route: `/policies/reviews/${VERSION_ID}` });
    expect(await screen.findByText('Reviewing has ended: this version is no longer a draft.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(screen.queryByLabelText('Comment', { selector: 'textarea' })).toBeNull();
  });

  it('lists the drafts waiting for the viewer on "My policies", linking to each review', async () => {
    const mine = {
      request: { query: MyPolicyReviewsDocument, variables: { first: 20, after: null } },
      result: { data: { myPolicyReviews: { __typename: 'PolicyReviewRequestConnection', edges: [{ __typename: 'PolicyReviewRequestEdge', cursor: 'c1', node: { ...request('DRAFT'), version: { ...request('DRAFT').version, reading: undefined } } }], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' } } } },
    };
    renderPolicies(<PolicyReviewsSection />, [mine]);
    const link = await screen.findByRole('link', { name: 'Travel Policy' });
    expect(link.getAttribute('href')).toBe(`/policies/reviews/${VERSION_ID}`);
    expect(screen.getByRole('heading', { name: 'Drafts to review' })).toBeTruthy();
  });

  it('shows nothing when no draft waits for the viewer', async () => {
    const none = {
      request: { query: MyPolicyReviewsDocument, variables: { first: 20, after: null } },
      result: { data: { myPolicyReviews: { __typename: 'PolicyReviewRequestConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
    };
    const { client } = renderPolicies(<PolicyReviewsSection />, [none]);
    await waitFor(() => expect(client.readQuery({ query: MyPolicyReviewsDocument, variables: { first: 20, after: null } })).toBeTruthy());
    expect(screen.queryByRole('heading', { name: 'Drafts to review' })).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
