import { SetWikiSpaceArchiveSettingDocument, WikiSpaceArchiveSettingDocument } from '@pillars/web/wiki/data-access';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WikiArchivedBanner, WikiSpaceArchiveSetting } from './wiki-archive';
import { PAGE_ID, renderWiki, SPACE_ID } from './wiki.spec-helpers';

const setting = (days: number | null) => ({ request: { query: WikiSpaceArchiveSettingDocument, variables: { id: SPACE_ID } }, result: { data: { wikiSpace: { __typename: 'WikiSpace', id: SPACE_ID, archiveUnverifiedAfterDays: days } } } });

describe('an archived wiki page', () => {
  // The restore (and the cache update it makes) is tried on the page view, in wiki-page-view.spec.tsx.
  it('offers a reader no restore button, and shows nothing for a live page', async () => {
    const { unmount } = renderWiki(<WikiArchivedBanner pageId={PAGE_ID} archivedAt="2026-11-20T10:00:00.000Z" canRestore={false} />, []);
    const banner = await screen.findByRole('region', { name: 'This page is archived' });
    expect(banner.textContent).toContain('Nov 20, 2026');
    expect(screen.queryByRole('button', { name: 'Restore page' })).toBeNull();
    unmount();
    renderWiki(<WikiArchivedBanner pageId={PAGE_ID} archivedAt={null} canRestore />, []);
    expect(screen.queryByText('Restore page')).toBeNull();
    expect(screen.queryByRole('region', { name: 'This page is archived' })).toBeNull();
  });
});

describe('the space setting "archive pages left unverified"', () => {
  it('is off by default; turning it on suggests 90 days, refuses an out-of-range number and saves', async () => {
    const sent: unknown[] = [];
    renderWiki(<WikiSpaceArchiveSetting spaceId={SPACE_ID} />, [
      setting(null),
      {
        request: { query: SetWikiSpaceArchiveSettingDocument, variables: (v: Record<string, unknown>) => (sent.push(v), true) },
        result: { data: { updateWikiSpace: { __typename: 'WikiSpacePayload', space: { __typename: 'WikiSpace', id: SPACE_ID, archiveUnverifiedAfterDays: 120 } } } },
      },
    ]);
    const toggle = (await screen.findByRole('checkbox', { name: 'Archive pages left unverified' })) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    const days = screen.getByRole('textbox', { name: 'Days after the review date' }) as HTMLInputElement;
    expect(days.value).toBe('90');
    fireEvent.change(days, { target: { value: '400' } });
    expect(await screen.findByText('Between 1 and 365 days.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(days, { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(sent).toEqual([{ input: { id: SPACE_ID, archiveUnverifiedAfterDays: 120 } }]);
  });
});
