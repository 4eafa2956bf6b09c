import { Injectable } from '@nestjs/common';
import { Actor, mentionCandidates, renderMarkdown, type RenderedMarkdown, type Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { TeamFeedVisibility } from './post.model';
import type { TeamFeedAccess } from './team-feeds.service';

/**
 * Renders a post or comment body with the mentions its place allows: in a private team's feed only
 * its members and the team itself; elsewhere anyone of the organisation. A mention that is not
 * allowed stays plain text and is not reported, so it notifies nobody and links to nothing.
 */
@Injectable()
export class PostBodyRenderer {
  constructor(private readonly people: PeopleDirectory) {}

  async render(tx: Tx, actor: Actor, body: string, feed: TeamFeedAccess | null): Promise<RenderedMarkdown> {
    const refs = mentionCandidates(body);
    const userIds = [...new Set(refs.filter((r) => r.kind === 'user').map((r) => r.id))];
    const teamIds = [...new Set(refs.filter((r) => r.kind === 'team').map((r) => r.id))];
    const known = await this.people.existing(tx, actor.organizationId, { userIds, teamIds });
    const isPrivate = feed?.visibility === TeamFeedVisibility.PRIVATE;
    const members = isPrivate && feed ? await this.people.membersAmong(tx, actor.organizationId, feed.teamId, userIds) : null;
    return renderMarkdown(body, {
      allowMention: (ref) => {
        if (!known.has(ref.id)) return false;
        if (!members || !feed) return true;
        return ref.kind === 'user' ? members.has(ref.id) : ref.id === feed.teamId;
      },
    });
  }
}
