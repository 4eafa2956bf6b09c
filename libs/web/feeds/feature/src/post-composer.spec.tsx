import { CreatePostDocument, MentionSuggestionsDocument, RenderPostPreviewDocument } from '@pillars/web/feeds/data-access';
import { SimilarDocument } from '@pillars/web/search/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OTHER, post, renderFeeds } from './feeds.spec-helpers';
import { mentionQueryAt } from './mention-textarea';
import { PostComposer } from './post-composer';

const ANA = { __typename: 'User', id: OTHER, name: 'Ana Other', initials: 'AO', photoThumbnailUrl: null, title: 'Engineer' };
const TEAM = { __typename: 'MentionTeam', id: '00000000-0000-4000-8000-00000000c001', name: 'Analytics' };
const suggestions = (query: string) => ({
  request: { query: MentionSuggestionsDocument, variables: { query, teamId: null } },
  result: { data: { mentionSuggestions: { __typename: 'MentionSuggestions', people: [ANA], teams: [TEAM] } } },
  maxUsageCount: Infinity,
});
const preview = (body: string, html: string) => ({
  request: { query: RenderPostPreviewDocument, variables: { body, teamId: null } },
  result: { data: { renderPostPreview: { __typename: 'PostPreview', html, topics: [] } } },
  maxUsageCount: Infinity,
});
const anyPreview = { request: { query: RenderPostPreviewDocument, variables: () => true }, result: { data: { renderPostPreview: { __typename: 'PostPreview', html: '<p>…</p>', topics: [] } } }, maxUsageCount: Infinity };

const box = () => screen.getByRole('combobox', { name: 'Your post' }) as HTMLTextAreaElement;
const type = (value: string) => {
  const el = box();
  fireEvent.change(el, { target: { value, selectionStart: value.length, selectionEnd: value.length } });
};

describe('mentionQueryAt', () => {
  it('finds the @word before the caret and nothing inside a word or after a space', () => {
    expect(mentionQueryAt('hi @an', 6)).toEqual({ start: 3, query: 'an' });
    expect(mentionQueryAt('@an', 3)).toEqual({ start: 0, query: 'an' });
    expect(mentionQueryAt('mail@an', 7)).toBeNull();
    expect(mentionQueryAt('hi @an ', 7)).toBeNull();
  });
});

describe('PostComposer', () => {
  it('suggests people and teams for @, moves with the arrows, inserts with Enter and closes with Escape', async () => {
    renderFeeds(<PostComposer teamId={null} />, [suggestions('an'), suggestions('x'), anyPreview]);
    type('Thanks @an');
    expect(box().getAttribute('aria-autocomplete')).toBe('list');
    // On the textarea itself, so Hebrew typed in an English page (or English in Hebrew) reads its own way.
    expect(box().getAttribute('dir')).toBe('auto');
    const listbox = await screen.findByRole('listbox', { name: 'People and teams to mention' });
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(2);
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(box().getAttribute('aria-controls')).toBe(listbox.id);
    expect(box().getAttribute('aria-activedescendant')).toBe(options[0].id);
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(box().getAttribute('aria-activedescendant')).toBe(options[1].id);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(box().getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    expect(box().getAttribute('aria-activedescendant')).toBe(options[1].id);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(box().value).toBe(`Thanks @[Ana Other](user:${OTHER}) `);
    expect(screen.queryByRole('listbox')).toBeNull();

    type(`${box().value}@x`);
    await screen.findByRole('listbox');
    fireEvent.keyDown(box(), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    expect(box().getAttribute('aria-expanded')).toBe('false');
  });

  it('suggests pages and posts like its first line ("already done?"), with who wrote them', async () => {
    const hit = {
      __typename: 'SearchHit', kind: 'PAGE', id: 'p-travel', title: 'Expense rules for travel', snippetHtml: '', url: '/wiki/page/p-travel', updatedAt: new Date(Date.now() - 90 * 86_400_000).toISOString(), language: 'en',
      author: { __typename: 'User', id: 'u-ana', name: 'Ana Rossi', initials: 'AR', teams: [{ __typename: 'TeamMembership', team: { __typename: 'Team', id: 't-fin', name: 'Finance' } }] },
    };
    const similar = { request: { query: SimilarDocument, variables: { text: 'How do I claim travel expenses?', kinds: ['PAGE', 'POST'], first: 3 } }, result: { data: { similar: [hit] } } };
    renderFeeds(<PostComposer teamId={null} />, [similar, anyPreview]);
    type('How do I claim travel expenses?\nI went to Rome last week.');
    const region = await screen.findByRole('region', { name: 'Similar pages and posts' }, { timeout: 3000 });
    expect(within(region).getByRole('link', { name: 'Expense rules for travel' }).getAttribute('href')).toBe('/wiki/page/p-travel');
    expect(region.textContent).toContain('Ana Rossi');
    expect(region.textContent).toContain('Finance');
  });

  it('inserts a team with Tab', async () => {
    renderFeeds(<PostComposer teamId={null} />, [suggestions('an'), anyPreview]);
    type('@an');
    await screen.findAllByRole('option');
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'Tab' });
    expect(box().value).toBe(`@[Analytics](team:${TEAM.id}) `);
  });

  it('shows the server-rendered preview of what is typed, after a pause', async () => {
    renderFeeds(<PostComposer teamId={null} />, [preview('**big** news', '<p><strong>big</strong> news</p>')]);
    type('**big** news');
    const region = await screen.findByRole('region', { name: 'Preview' });
    await waitFor(() => expect(region.querySelector('strong')?.textContent).toBe('big'));
    expect(region.querySelector('[dir="auto"]')).not.toBeNull();
  });

  it('posts with Ctrl+Enter, is disabled while sending, and clears the field', async () => {
    const created = post('00000000-0000-4000-8000-00000000b777', { body: 'Hello all' });
    let sent = 0;
    renderFeeds(<PostComposer teamId={null} />, [
      anyPreview,
      {
        request: { query: CreatePostDocument, variables: { input: { body: 'Hello all', teamId: null } } },
        result: () => {
          sent++;
          return { data: { createPost: { __typename: 'PostPayload', post: created } } };
        },
        delay: 50,
      },
    ]);
    type('Hello all');
    fireEvent.keyDown(box(), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(box().disabled).toBe(true));
    await waitFor(() => expect(box().value).toBe(''));
    expect(sent).toBe(1);
    expect(box().disabled).toBe(false);
  });

  it('shows a translated error under the field and keeps the text', async () => {
    renderFeeds(<PostComposer teamId={null} />, [
      anyPreview,
      {
        request: { query: CreatePostDocument, variables: { input: { body: 'Not mine', teamId: null } } },
        result: { errors: [new GraphQLError('nope', { extensions: { code: 'FEEDS_NOT_A_MEMBER' } })] },
      },
    ]);
    type('Not mine');
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    expect(await screen.findByText('Only members of this team can post here.')).toBeTruthy();
    expect(box().value).toBe('Not mine');
    expect(box().getAttribute('aria-invalid')).toBe('true');
  });

  it('says a moderated team’s post waits for approval', async () => {
    const queued = post('00000000-0000-4000-8000-00000000b778', { status: 'PENDING', teamId: TEAM.id });
    renderFeeds(<PostComposer teamId={TEAM.id} moderated />, [
      { ...anyPreview },
      { request: { query: CreatePostDocument, variables: { input: { body: 'For review', teamId: TEAM.id } } }, result: { data: { createPost: { __typename: 'PostPayload', post: queued } } } },
    ]);
    expect(screen.getByText('Posts in this team are reviewed by a team lead before they appear.')).toBeTruthy();
    type('For review');
    fireEvent.click(screen.getByRole('button', { name: 'Send for approval' }));
    expect(await screen.findByText(/Your post was sent for approval/)).toBeTruthy();
  });
});
