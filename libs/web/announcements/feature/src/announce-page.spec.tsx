import { AudienceChoicesDocument } from '@pillars/web/audiences/data-access';
import { PublishAnnouncementDocument, RenderPostPreviewDocument } from '@pillars/web/feeds/data-access';
import { GraphQLError } from 'graphql';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AnnouncePage, pinIsValid } from './announce-page';
import { meMock, POST_ID, renderAnnouncements, TEAM } from './announcements.spec-helpers';

const preview = (body: string) => ({
  request: { query: RenderPostPreviewDocument, variables: { body, teamId: TEAM } },
  result: { data: { renderPostPreview: { __typename: 'PostPreview', html: `<p>${body}</p>`, topics: [] } } },
  maxUsageCount: Infinity,
});
const lead = meMock({ canAnnounce: true });
const hr = meMock({ canAnnounce: true, canAnnounceToAnyone: true });
const day = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * 24 * 3600 * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const publish = () => fireEvent.click(screen.getByRole('button', { name: 'Publish announcement' }));

describe('AnnouncePage', () => {
  it('accepts a pin in the coming year only', () => {
    expect(pinIsValid(day(30))).toBe(true);
    expect(pinIsValid(day(-1))).toBe(false);
    expect(pinIsValid(day(400))).toBe(false);
  });

  it('puts its errors on the fields: an empty body, an incomplete audience, a pin in the past', async () => {
    renderAnnouncements(<AnnouncePage />, [hr]);
    await screen.findByRole('heading', { name: 'New announcement', level: 1 });
    fireEvent.change(screen.getByLabelText('Pinned until'), { target: { value: day(-3) } });
    publish();
    expect(await screen.findByText('Write the announcement.')).toBeTruthy();
    expect(screen.getByText('Complete the audience: at least one rule, every rule filled in.')).toBeTruthy();
    expect(screen.getByText('Choose a date in the coming year.')).toBeTruthy();
    expect(screen.getByLabelText('Pinned until').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('combobox', { name: 'Message' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('limits a team lead to a team they lead (with sub-teams by choice) and goes to the reach page once published', async () => {
    const body = 'Team offsite on **Friday**';
    renderAnnouncements(<AnnouncePage />, [
      lead,
      preview(body),
      {
        request: {
          query: PublishAnnouncementDocument,
          variables: { input: { body, audience: { rules: { include: [{ kind: 'TEAM', teamId: TEAM, includeSubTeams: false }], exclude: [] } }, mustRead: true, teamId: TEAM, pinnedUntil: null } },
        },
        result: { data: { publishAnnouncement: { __typename: 'PostPayload', post: { __typename: 'Post', id: POST_ID } } } },
      },
    ]);
    const select = await screen.findByRole('combobox', { name: /Your team/ });
    // Only the team they lead, not the one they are a member of.
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Design']);
    expect(screen.queryByText('audiences.include.title')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Message' }), { target: { value: body } });
    fireEvent.click(screen.getByRole('switch', { name: 'Include sub-teams' }));
    fireEvent.click(screen.getByRole('switch', { name: /Must read/ }));
    publish();
    expect(await screen.findByText('reach page')).toBeTruthy();
  });

  it('shows the API’s refusal of an audience outside the lead’s team on the audience', async () => {
    const body = 'Hello';
    renderAnnouncements(<AnnouncePage />, [
      lead,
      preview(body),
      {
        request: {
          query: PublishAnnouncementDocument,
          variables: { input: { body, audience: { rules: { include: [{ kind: 'TEAM', teamId: TEAM, includeSubTeams: true }], exclude: [] } }, mustRead: false, teamId: TEAM, pinnedUntil: null } },
        },
        result: { errors: [new GraphQLError('outside', { extensions: { code: 'FEEDS_AUDIENCE_OUTSIDE_TEAM' } })] },
      },
    ]);
    await screen.findByRole('combobox', { name: /Your team/ });
    fireEvent.change(screen.getByRole('combobox', { name: 'Message' }), { target: { value: body } });
    publish();
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('As a team lead you can announce only to your own team.');
  });

  it('lets HR choose a saved audience instead of building rules, and publishes to its id', async () => {
    const body = 'For the Milan office';
    const audienceId = '00000000-0000-4000-8000-00000000c001';
    renderAnnouncements(<AnnouncePage />, [
      hr,
      { request: { query: RenderPostPreviewDocument, variables: { body, teamId: null } }, result: { data: { renderPostPreview: { __typename: 'PostPreview', html: `<p>${body}</p>`, topics: [] } } }, maxUsageCount: Infinity },
      {
        request: { query: AudienceChoicesDocument, variables: { query: null } },
        result: { data: { savedAudiences: { __typename: 'AudienceConnection', edges: [{ __typename: 'AudienceEdge', node: { __typename: 'Audience', id: audienceId, name: 'Milan office', memberCount: 42 } }] } } },
        maxUsageCount: Infinity,
      },
      {
        request: { query: PublishAnnouncementDocument, variables: { input: { body, audience: { audienceId }, mustRead: false, teamId: null, pinnedUntil: null } } },
        result: { data: { publishAnnouncement: { __typename: 'PostPayload', post: { __typename: 'Post', id: POST_ID } } } },
      },
    ]);
    fireEvent.click(await screen.findByRole('radio', { name: 'A saved audience' }));
    // Nothing chosen yet: the audience field says so.
    fireEvent.change(screen.getByRole('combobox', { name: 'Message' }), { target: { value: body } });
    publish();
    expect(await screen.findByText('Choose a saved audience.')).toBeTruthy();
    fireEvent.click(screen.getByPlaceholderText('Type to find an audience'));
    fireEvent.click(await screen.findByRole('option', { name: 'Milan office · 42 people' }));
    publish();
    expect(await screen.findByText('reach page')).toBeTruthy();
  });

  it('tells people who may not announce so', async () => {
    renderAnnouncements(<AnnouncePage />, [meMock({})]);
    expect(await screen.findByText('Only HR, admins and team leads can publish announcements.')).toBeTruthy();
  });
});
