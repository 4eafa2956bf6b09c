import { CreateWikiTemplateDocument, DeleteWikiTemplateDocument, UpdateWikiTemplateDocument, WikiTemplatesDocument, WikiViewerDocument } from '@pillars/web/wiki/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WikiTemplatesPage } from './wiki-templates-page';
import { recorder, renderWiki } from './wiki.spec-helpers';

const template = (id: string, name: string, builtIn: boolean, language = 'en') => ({ __typename: 'WikiTemplate' as const, id, name, description: `${name} for everyone`, title: name, body: `## ${name}\n`, language, builtIn });
const seeded = [template('t1', 'Meeting notes', true), template('t2', 'How-to', true), template('t3', 'Team onboarding', true)];
const viewer = (may: boolean) => ({
  request: { query: WikiViewerDocument },
  result: { data: { abilities: { __typename: 'ViewerAbilities', canCreateWikiSpaces: may, canManageWikiTemplates: may } } },
  maxUsageCount: Infinity,
});
const list = (templates: ReturnType<typeof template>[]) => ({ request: { query: WikiTemplatesDocument }, result: { data: { wikiTemplates: templates } }, maxUsageCount: Infinity });


describe('wiki templates admin', () => {
  it('lists the seeded templates and edits one with the Markdown editor', async () => {
    const update = recorder(UpdateWikiTemplateDocument, () => ({ data: { updateWikiTemplate: { __typename: 'WikiTemplatePayload', template: { ...seeded[1], name: 'How-to guide' } } } }));
    renderWiki(<WikiTemplatesPage />, [viewer(true), list(seeded), update.mock]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page templates' })).toBeTruthy();
    const items = await screen.findAllByRole('listitem');
    expect(items.map((i) => within(i).getByText(/Meeting notes$|How-to$|Team onboarding$/, { selector: 'p' }).textContent)).toEqual(['Meeting notes', 'How-to', 'Team onboarding']);
    expect(screen.getAllByText('Built in')).toHaveLength(3);
    expect(within(items[0]).getByText('Meeting notes', { selector: 'p' }).getAttribute('dir')).toBe('auto');

    fireEvent.click(screen.getByRole('button', { name: 'Edit How-to' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Edit template' })).toBeTruthy();
    const name = screen.getByRole('textbox', { name: /Template name/ }) as HTMLInputElement;
    expect(name.value).toBe('How-to');
    const body = screen.getByRole('textbox', { name: 'Starting text' }) as HTMLTextAreaElement;
    expect(body.value).toBe('## How-to\n');
    expect(screen.getByRole('toolbar')).toBeTruthy();
    fireEvent.change(name, { target: { value: 'How-to guide' } });
    fireEvent.change(body, { target: { value: '## Steps\n\n1. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(update.calls).toEqual([{ input: { id: 't2', name: 'How-to guide', description: 'How-to for everyone', title: 'How-to', language: 'en', body: '## Steps\n\n1. ' } }]));
    expect(await screen.findByRole('button', { name: 'New template' })).toBeTruthy();
  });

  it('creates a template (a name and a page title are required) and deletes one after asking', async () => {
    const create = recorder(CreateWikiTemplateDocument, () => ({ data: { createWikiTemplate: { __typename: 'WikiTemplatePayload', template: template('t4', 'Retro', false, 'it') } } }));
    const remove = recorder(DeleteWikiTemplateDocument, () => ({ data: { deleteWikiTemplate: true } }));
    renderWiki(<WikiTemplatesPage />, [viewer(true), list(seeded), create.mock, remove.mock]);
    fireEvent.click(await screen.findByRole('button', { name: 'New template' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(screen.getByRole('alert').textContent).toBe('Give the template a name.');
    fireEvent.change(screen.getByRole('textbox', { name: /Template name/ }), { target: { value: 'Retro' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(screen.getByRole('alert').textContent).toBe('Give new pages a title.');
    fireEvent.change(screen.getByRole('textbox', { name: /Title of a new page/ }), { target: { value: 'Retro' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'it' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Starting text' }), { target: { value: '## Cosa è andato bene' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(create.calls).toEqual([{ input: { name: 'Retro', description: '', title: 'Retro', language: 'it', body: '## Cosa è andato bene' } }]));

    fireEvent.click(await screen.findByRole('button', { name: 'Delete Meeting notes' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete a template' });
    expect(within(confirm).getByText('Meeting notes').tagName).toBe('BDI');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(remove.calls).toEqual([{ id: 't1' }]));
  });

  it('says when there are no templates', async () => {
    renderWiki(<WikiTemplatesPage />, [viewer(true), list([])]);
    expect(await screen.findByText('No templates yet.')).toBeTruthy();
  });

  it('tells everyone else that only HR and admins manage templates', async () => {
    renderWiki(<WikiTemplatesPage />, [viewer(false)], { rtl: true });
    expect(await screen.findByText('Only HR and admins manage page templates.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New template' })).toBeNull();
  });
});
