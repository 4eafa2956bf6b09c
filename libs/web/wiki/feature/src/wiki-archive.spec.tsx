import { RestoreArchivedWikiPageDocument, SetWikiSpaceArchiveSettingDocument, WikiPageArchiveDocument, WikiSpaceArchiveSettingDocument } from '@pillars/web/wiki/data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WikiArchivedBanner, WikiSpaceArchiveSetting } from './wiki-archive';
import { PAGE_ID, renderWiki, SPACE_ID } from './wiki.spec-helpers';

const archive = (archivedAt: string | null) => ({ request: { query: WikiPageArchiveDocument, variables: { id: PAGE_ID } }, result: { data: { wikiPage: { __typename: 'WikiPage', id: PAGE_ID, archivedAt } } } });
const setting = (days: number | null) => ({ request: { query: WikiSpaceArchiveSettingDocument, variables: { id: SPACE_ID } }, result: { data: { wikiSpace: { __typename: 'WikiSpace', id: SPACE_ID, archiveUnverifiedAfterDays: days } } } });

describe('an archived wiki page', () => {
  it('shows the banner, and the owner restores the page', async () => {
    let restored = 0;
    renderWiki(<WikiArchivedBanner pageId={PAGE_ID} canRestore />, [
      archive('2026-11-20T10:00:00.000Z'),
      {
        request: { query: RestoreArchivedWikiPageDocument, variables: { pageId: PAGE_ID } },
        result: () => {
          restored++;
          return { data: { restoreArchivedWikiPage: { __typename: 'WikiPagePayload', page: { __typename: 'WikiPage', id: PAGE_ID, archivedAt: null, needsVerification: true } } } };
        },
      },
    ]);
    const banner = await screen.findByRole('region', { name: 'This page is archived' });
    expect(banner.textContent).toContain('Nov 20, 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Restore page' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'This page is archived' })).toBeNull());
    expect(restored).toBe(1);
  });

  it('offers a reader no restore button, and shows nothing for a live page', async () => {
    const { unmount } = renderWiki(<WikiArchivedBanner pageId={PAGE_ID} canRestore={false} />, [archive('2026-11-20T10:00:00.000Z')]);
    expect(await screen.findByRole('region', { name: 'This page is archived' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Restore page' })).toBeNull();
    unmount();
    renderWiki(<WikiArchivedBanner pageId={PAGE_ID} canRestore />, [archive(null)]);
    await waitFor(() => expect(screen.queryByText('Restore page')).toBeNull());
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
