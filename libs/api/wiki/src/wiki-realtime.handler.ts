import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError, CommonErrorCode, EventsService, RealtimePresence, RealtimeService, type DomainEvent } from '@pillars/api/core';
import { WikiEvents, type WikiPageEventPayload } from './wiki.events';
import { WikiPagesService } from './wiki-pages.service';
import { WikiSpacesService } from './wiki-spaces.service';

const PAGE_TYPES = [WikiEvents.pageCreated, WikiEvents.pageSaved, WikiEvents.pageMoved, WikiEvents.pageDeleted, WikiEvents.pageVerified, WikiEvents.ownerChanged, WikiEvents.reviewCycleChanged, WikiEvents.pageArchived, WikiEvents.pageUnarchived];
const TREE_TYPES: ReadonlySet<string> = new Set([WikiEvents.pageCreated, WikiEvents.pageMoved, WikiEvents.pageDeleted]);
const SPACE_TYPES = [WikiEvents.spaceUpdated, WikiEvents.memberChanged];

const readable = (check: Promise<unknown>) =>
  check.then(
    () => true,
    (e: unknown) => {
      if (e instanceof AppError && e.code === CommonErrorCode.NOT_FOUND) return false;
      throw e;
    },
  );

/**
 * After commit, invalidations ({type, id, version}, never content) to the narrowest rooms: a
 * page's own `wikipage:<id>` (whoever has it open: they refetch it, and a save shows as "someone
 * saved"), and the space's `space:<id>` when its tree changed (a page created, moved, deleted or
 * renamed) or the space itself did. Joining either room takes the same read rule as the query.
 */
@Injectable()
export class WikiRealtimeHandler implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly realtime: RealtimeService,
    private readonly presence: RealtimePresence,
    private readonly pages: WikiPagesService,
    private readonly spaces: WikiSpacesService,
  ) {}

  onModuleInit(): void {
    this.realtime.registerRoom('wikipage', (actor, id) => readable(this.pages.getPage(actor, id)));
    // "Ana is editing this page": the editor announces itself in the page's own room.
    this.presence.registerPrefix('wikipage');
    this.realtime.registerRoom('space', (actor, id) => readable(this.spaces.getSpace(actor, id)));
    this.events.on('wiki.realtime', [...PAGE_TYPES, ...SPACE_TYPES], async (event) => this.push(event));
  }

  push(event: DomainEvent): void {
    const version = Number(event.seq);
    const payload = event.payload as Partial<WikiPageEventPayload> & { spaceId: string; titleChanged?: boolean };
    if (!payload.pageId) {
      this.realtime.emit(`space:${payload.spaceId}`, { type: 'WikiSpace', id: payload.spaceId, version });
      return;
    }
    const pageIds = payload.pageIds ?? [payload.pageId];
    for (const id of pageIds) this.realtime.emit(`wikipage:${id}`, { type: 'WikiPage', id, version });
    if (TREE_TYPES.has(event.type) || payload.titleChanged) this.realtime.emit(`space:${payload.spaceId}`, { type: 'WikiSpace', id: payload.spaceId, version });
  }
}
