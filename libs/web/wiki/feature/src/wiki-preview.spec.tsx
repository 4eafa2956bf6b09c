import { renderWithProviders } from '@pillars/web/testing';
import { RenderWikiPreviewDocument } from '@pillars/web/wiki/data-access';
import { feedsLocales } from '@pillars/web/feeds/feature';
import { screen, waitFor } from '@testing-library/react';
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { WikiPreview } from './wiki-preview';
import { wikiLocales } from './wiki.feature';
import { meMock, SPACE_ID } from './wiki.spec-helpers';

let type: (body: string) => void = () => undefined;
function Typing() {
  const [body, setBody] = useState('');
  type = setBody;
  return <WikiPreview body={body} spaceId={SPACE_ID} language="en" />;
}

describe('the wiki editor preview', () => {
  it('asks the server once typing pauses, shows its HTML and the links that name no readable page', async () => {
    const asked: string[] = [];
    renderWithProviders(<Typing />, {
      locales: [feedsLocales, wikiLocales],
      mocks: [
        meMock,
        {
          request: { query: RenderWikiPreviewDocument, variables: (v: Record<string, unknown>) => (asked.push(v['body'] as string), v['spaceId'] === SPACE_ID) },
          result: { data: { renderWikiPreview: { __typename: 'WikiPreview', html: '<p>See <a href="/wiki/page/x">Travel</a></p>', brokenLinks: ['[[Salary bands]]'] } } },
        },
      ],
    });
    expect(screen.getByText('Nothing to preview yet.')).toBeTruthy();
    act(() => type('See [[Tra'));
    act(() => type('See [[Travel]] [[Salary bands]]'));
    expect(await screen.findByRole('link', { name: 'Travel' }, { timeout: 2000 })).toBeTruthy();
    expect(screen.getByText('1 link names no page you can read:', { exact: false })).toBeTruthy();
    expect(screen.getByText('[[Salary bands]]').tagName).toBe('BDI');
    await waitFor(() => expect(asked).toEqual(['See [[Travel]] [[Salary bands]]']));
  });
});
