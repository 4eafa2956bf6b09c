import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventsService, RealtimeService, runSql, type DomainEvent, type Tx } from '@pillars/api/core';
import { DIRECTORY_EVENT_TYPES, DirectoryEventPayload } from './directory.events';

/** Above this many people a change is bulk: one coarse event for the directory's list viewers. */
export const BULK_CHANGE_USERS = 50;

export const personRoom = (userId: string) => `person:${userId}`;
export const directoryRoom = (organizationId: string) => `directory:${organizationId}`;

interface PersonRooms { id: string; managerId: string | null; teamIds: string[] }

/**
 * After a directory change commits, tells only the sockets that show what changed ({type, id,
 * version}, never content): a person goes to the viewers of that person, of their manager (whose
 * page lists direct reports), of their teams, and to the person's own sockets (roles, status and
 * settings change their session); a team goes to the viewers of the team and of its parent (which
 * lists it). A bulk change (import, team move) is one coarse `Directory` event to the list
 * viewers' `directory:<org>` room, never to every socket of the organisation.
 */
@Injectable()
export class DirectoryRealtimeHandler implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    this.events.on('directory.realtime', DIRECTORY_EVENT_TYPES, (event, tx) => this.push(event, tx));
  }

  async push(event: DomainEvent, tx: Tx): Promise<void> {
    const payload = event.payload as DirectoryEventPayload;
    const version = Number(event.seq);
    const org = event.organizationId;
    const userIds = [...new Set(payload.userIds ?? [])];
    const teamIds = [...new Set(payload.teamIds ?? [])];
    const teamRooms = await this.teamRooms(tx, org, teamIds);
    if (payload.wholeOrganization || userIds.length > BULK_CHANGE_USERS) {
      this.realtime.emit(directoryRoom(org), { type: 'Directory', id: org, version });
      // The teams a bulk change names (the one moved, the ones an import created) are few.
      if (teamIds.length <= BULK_CHANGE_USERS) for (const t of teamRooms) this.realtime.emit(t.rooms, { type: 'Team', id: t.id, version });
      return;
    }
    for (const person of await this.people(tx, org, userIds)) {
      const rooms = [personRoom(person.id), `user:${person.id}`, ...person.teamIds.map((id) => `team:${id}`)];
      for (const id of [person.managerId, ...(payload.managerIds ?? [])]) if (id) rooms.push(personRoom(id));
      // A membership change also reaches the team the person just left.
      for (const id of teamIds) rooms.push(`team:${id}`);
      this.realtime.emit([...new Set(rooms)], { type: 'User', id: person.id, version });
    }
    for (const t of teamRooms) this.realtime.emit(t.rooms, { type: 'Team', id: t.id, version });
  }

  private people(tx: Tx, organizationId: string, userIds: string[]): Promise<PersonRooms[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return runSql<PersonRooms>(
      tx,
      `SELECT u.id, u.manager_id AS "managerId",
              COALESCE(array_agg(m.team_id) FILTER (WHERE m.team_id IS NOT NULL), '{}') AS "teamIds"
         FROM users u LEFT JOIN team_memberships m ON m.user_id = u.id
        WHERE u.organization_id = $1 AND u.id = ANY($2::uuid[])
        GROUP BY u.id`,
      [organizationId, userIds],
    );
  }

  private async teamRooms(tx: Tx, organizationId: string, teamIds: string[]): Promise<{ id: string; rooms: string[] }[]> {
    if (teamIds.length === 0) return [];
    const rows = await runSql<{ id: string; parentId: string | null }>(
      tx,
      `SELECT id, parent_id AS "parentId" FROM teams WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, teamIds],
    );
    return rows.map((t) => ({ id: t.id, rooms: t.parentId ? [`team:${t.id}`, `team:${t.parentId}`] : [`team:${t.id}`] }));
  }
}
