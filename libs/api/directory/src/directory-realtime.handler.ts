import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventsService, RealtimeService } from '@pillars/api/core';
import { DIRECTORY_EVENT_TYPES, DirectoryEventPayload } from './directory.events';

/**
 * After a directory change commits, tells the organisation's open clients which people and teams
 * changed ({type, id, version}); clients refetch what they show. Directory data is visible to the
 * whole organisation, so the org room is the right audience.
 */
@Injectable()
export class DirectoryRealtimeHandler implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    this.events.on('directory.realtime', DIRECTORY_EVENT_TYPES, async (event) => {
      const payload = event.payload as DirectoryEventPayload;
      const version = Number(event.seq);
      const room = `org:${event.organizationId}`;
      // A bulk change (import, team move) is one invalidation, not thousands.
      if (payload.wholeOrganization || (payload.userIds?.length ?? 0) > 50) {
        this.realtime.emit(room, { type: 'Directory', id: event.organizationId, version });
        return;
      }
      for (const id of payload.userIds ?? []) this.realtime.emit(room, { type: 'User', id, version });
      for (const id of payload.teamIds ?? []) this.realtime.emit(room, { type: 'Team', id, version });
    });
  }
}
