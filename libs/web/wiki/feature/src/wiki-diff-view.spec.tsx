import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WikiDiffView } from './wiki-diff-view';
import { renderWiki } from './wiki.spec-helpers';

const parts = [
  { kind: 'SAME' as const, value: 'Book ' },
  { kind: 'REMOVED' as const, value: 'business' },
  { kind: 'ADDED' as const, value: 'economy' },
  { kind: 'SAME' as const, value: ' class.' },
];

describe('wiki diff view', () => {
  it('shows the old text on one side and the new on the other, changes marked by sign and element, not colour alone', () => {
    renderWiki(<WikiDiffView parts={parts} fromLabel="Revision 1" toLabel="Revision 2" />, []);
    const from = screen.getByLabelText('Revision 1');
    const to = screen.getByLabelText('Revision 2');
    expect(from.textContent).toBe('Book −removed:business class.');
    expect(to.textContent).toBe('Book +added:economy class.');
    expect(from.querySelector('del')?.textContent).toBe('−removed:business');
    expect(from.querySelector('ins')).toBeNull();
    expect(to.querySelector('ins')?.textContent).toBe('+added:economy');
    expect(to.querySelector('del')).toBeNull();
    // The sign is drawn for the eye; screen readers hear the word.
    expect(within(to).getByText('+').getAttribute('aria-hidden')).toBe('true');
    expect(from.getAttribute('dir')).toBe('auto');
    expect(screen.getByText('+ added (underlined), − removed (struck through).')).toBeTruthy();
  });

  it('switches to one inline text with both changes', () => {
    renderWiki(<WikiDiffView parts={parts} fromLabel="Revision 1" toLabel="Revision 2" />, []);
    fireEvent.click(screen.getByRole('radio', { name: 'Inline' }));
    const inline = screen.getByLabelText('Changes from Revision 1 to Revision 2');
    expect(inline.textContent).toBe('Book −removed:business+added:economy class.');
    expect(screen.queryByLabelText('Revision 1')).toBeNull();
  });

  it('says when the two texts are the same', () => {
    renderWiki(<WikiDiffView parts={[{ kind: 'SAME', value: 'Same.' }]} fromLabel="Revision 1" toLabel="Revision 2" />, []);
    expect(screen.getByText('The texts are the same.')).toBeTruthy();
  });
});
