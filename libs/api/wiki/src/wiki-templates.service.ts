import { Injectable } from '@nestjs/common';
import { Actor, AppError, Db, runSql, type Tx } from '@pillars/api/core';
import type { WikiTemplateModel } from './wiki-page.model';
import { governsWiki } from './wiki.policy';
import { checkSize } from './wiki-size';

const COLUMNS = `id, name, description, title, body, language, (builtin_key IS NOT NULL) AS "builtIn"`;

/** The templates every organisation starts with (created on first use, and by the demo seed). */
export const BUILTIN_TEMPLATES: readonly { key: string; name: string; description: string; title: string; body: string }[] = [
  {
    key: 'meeting-notes', name: 'Meeting notes', description: 'Attendees, agenda, decisions and actions of a meeting.', title: 'Meeting notes',
    body: '## Date\n\n## Attendees\n\n- \n\n## Agenda\n\n1. \n\n## Decisions\n\n- \n\n## Actions\n\n| What | Who | By when |\n| --- | --- | --- |\n|  |  |  |\n',
  },
  {
    key: 'how-to', name: 'How-to', description: 'Step-by-step instructions for one task.', title: 'How to …',
    body: '## Goal\n\nWhat this guide helps you do, and who it is for.\n\n## Before you start\n\n- \n\n## Steps\n\n1. \n2. \n3. \n\n## If something goes wrong\n\n## Related pages\n\n- [[ ]]\n',
  },
  {
    key: 'team-onboarding', name: 'Team onboarding', description: 'What a newcomer to the team needs in their first weeks.', title: 'Welcome to the team',
    body: '## Who we are\n\n## Your first week\n\n- [ ] Meet your buddy\n- [ ] Get access to our tools\n- [ ] Read our team pages\n\n## People to meet\n\n| Name | Why |\n| --- | --- |\n|  |  |\n\n## How we work\n\n## Useful links\n\n- \n',
  },
];

/** Page templates of an organisation: everyone reads them, HR and admins manage them. */
@Injectable()
export class WikiTemplatesService {
  constructor(private readonly db: Db) {}

  async listTemplates(actor: Actor): Promise<WikiTemplateModel[]> {
    await this.ensureBuiltins(actor.organizationId, actor.userId);
    return runSql<WikiTemplateModel>(this.db.manager, `SELECT ${COLUMNS} FROM wiki_templates WHERE organization_id = $1 AND deleted_at IS NULL ORDER BY name, id`, [actor.organizationId]);
  }

  async getTemplate(actor: Actor, id: string, manager: Tx = this.db.manager): Promise<WikiTemplateModel> {
    const [row] = await runSql<WikiTemplateModel>(manager, `SELECT ${COLUMNS} FROM wiki_templates WHERE id = $1 AND organization_id = $2 AND deleted_at IS NULL`, [id, actor.organizationId]);
    if (!row) throw AppError.notFound('template');
    return row;
  }

  async createTemplate(actor: Actor, input: { name: string; description?: string | null; title: string; body: string; language?: string | null }): Promise<WikiTemplateModel> {
    this.authorize(actor);
    checkSize(input.body);
    const [row] = await runSql<WikiTemplateModel>(
      this.db.manager,
      `INSERT INTO wiki_templates (organization_id, name, description, title, body, language, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [actor.organizationId, input.name, input.description ?? '', input.title, input.body, input.language ?? 'en', actor.userId],
    );
    return row;
  }

  async updateTemplate(actor: Actor, input: { id: string; name?: string | null; description?: string | null; title?: string | null; body?: string | null; language?: string | null }): Promise<WikiTemplateModel> {
    this.authorize(actor);
    if (input.body != null) checkSize(input.body);
    const [row] = await runSql<WikiTemplateModel>(
      this.db.manager,
      `UPDATE wiki_templates SET name = coalesce($3, name), description = coalesce($4, description), title = coalesce($5, title), body = coalesce($6, body),
         language = coalesce($7, language), updated_at = now()
       WHERE id = $1 AND organization_id = $2 AND deleted_at IS NULL RETURNING ${COLUMNS}`,
      [input.id, actor.organizationId, input.name ?? null, input.description ?? null, input.title ?? null, input.body ?? null, input.language ?? null],
    );
    if (!row) throw AppError.notFound('template');
    return row;
  }

  /** Soft delete: a deleted built-in template is not created again. */
  async deleteTemplate(actor: Actor, id: string): Promise<void> {
    this.authorize(actor);
    const rows = await runSql(this.db.manager, `UPDATE wiki_templates SET deleted_at = now() WHERE id = $1 AND organization_id = $2 AND deleted_at IS NULL RETURNING id`, [id, actor.organizationId]);
    if (rows.length === 0) throw AppError.notFound('template');
  }

  /** Idempotent: each built-in template once per organisation (the unique index decides races). */
  async ensureBuiltins(organizationId: string, createdBy: string | null, manager: Tx = this.db.manager): Promise<void> {
    await runSql(
      manager,
      `INSERT INTO wiki_templates (organization_id, builtin_key, name, description, title, body, language, created_by)
       SELECT $1, x.key, x.name, x.description, x.title, x.body, 'en', $2::uuid FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS x(key, name, description, title, body)
       ON CONFLICT (organization_id, builtin_key) DO NOTHING`,
      [organizationId, createdBy, ...(['key', 'name', 'description', 'title', 'body'] as const).map((f) => BUILTIN_TEMPLATES.map((t) => t[f]))],
    );
  }

  private authorize(actor: Actor): void {
    if (!governsWiki(actor)) throw AppError.forbidden();
  }
}
