import { Injectable } from '@nestjs/common';
import { Actor, authorize, Db, renderMarkdown } from '@pillars/api/core';
import { WikiLinks } from './wiki-links';
import type { WikiPreviewModel } from './wiki-preview.model';
import { checkSize } from './wiki-size';
import { WikiSpacesService } from './wiki-spaces.service';
import { wikiPolicy } from './wiki.policy';

/**
 * The editor's preview, rendered as a save would render it (the same link rewriting and the same
 * sanitiser), so what the editor shows is what the page will be. `[[title]]` links resolve only
 * among pages the viewer may read; nothing is written. Editors of the space only (NOT_FOUND for a
 * space the viewer cannot see, FORBIDDEN for a reader).
 */
@Injectable()
export class WikiPreviewService {
  constructor(
    private readonly db: Db,
    private readonly spaces: WikiSpacesService,
    private readonly links: WikiLinks,
  ) {}

  async render(actor: Actor, spaceId: string, body: string): Promise<WikiPreviewModel> {
    checkSize(body);
    const space = await this.spaces.getSpace(actor, spaceId);
    authorize(wikiPolicy, actor, 'edit', space);
    const processed = await this.links.process(this.db.manager, actor, space.id, body);
    return { html: renderMarkdown(processed.body).html, brokenLinks: processed.links.filter((l) => !l.targetPageId).map((l) => l.ref) };
  }
}
