import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Actor, AppError, authorize, Db, EventsService, IMAGE_UPLOADS, type ImageUploads, runSql, type Tx } from '@pillars/api/core';
import { checkText, PROFILE_LIMITS } from '@pillars/shared/validation';
import type { UserEntity, WorkingHours } from '../entities/user.entity';
import { DirectoryEvents } from '../directory.events';
import { userPolicy } from '../users/user.policy';
import { USER_COLUMNS, UsersService } from '../users/users.service';
import { UserWriter, type UserWrite } from '../users/user.writer';
import type { SetMyPhotoInput, UpdateMyProfileInput, WorkingHoursInput } from './profile.inputs';

/** The owner type of profile photos in the files domain. */
export const PHOTO_OWNER = 'user-photo';
export const PHOTO_SIZE = 512;
export const PHOTO_THUMBNAIL_SIZE = 128;

/** The comparison key of a skill in JS, close to SQL's `pillars_normalize` (which stores the keys). */
const skillKey = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * Skills as written, each through the single-line text rule (`skills.<i>` names the one refused),
 * duplicates by spelling (case, accents) merged, first spelling kept.
 */
export function cleanSkills(skills: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  skills.forEach((raw, i) => {
    const checked = checkText(raw, { max: PROFILE_LIMITS.skill });
    if (!checked.ok) throw AppError.badInput([{ field: `skills.${i}`, rule: checked.rule }], `Skill ${i + 1} is not acceptable`);
    const key = skillKey(checked.value);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(checked.value);
  });
  return out;
}

function cleanWorkingHours(hours: WorkingHoursInput | null): WorkingHours | null {
  if (!hours) return null;
  if (hours.end <= hours.start) throw AppError.badInput([{ field: 'workingHours.end', rule: 'afterStart' }], 'The end of the working day must be after its start');
  return { days: [...hours.days].sort((a, b) => a - b), start: hours.start, end: hours.end };
}

const textOrNull = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v === '' ? null : v);

/** Everyone's own profile: what they write about themselves, and their photo. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly users: UsersService,
    private readonly modules: ModuleRef,
  ) {}

  /** Provided by the files domain, which is not imported here (its tests use the directory). */
  private get uploads(): ImageUploads {
    return this.modules.get<ImageUploads>(IMAGE_UPLOADS, { strict: false });
  }

  registerPhotoReader(): void {
    let uploads: ImageUploads;
    try {
      uploads = this.uploads;
    } catch {
      return; // an app without uploads (some tests) has no photos to serve
    }
    // A photo is seen by whoever may read the person: their organisation.
    uploads.registerReader(PHOTO_OWNER, async (actor, ids) => {
      const rows = await this.db.query<{ id: string }>(`SELECT id FROM users WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [actor.organizationId, ids]);
      return new Set(rows.map((r) => r.id));
    });
  }

  async updateMyProfile(actor: Actor, input: UpdateMyProfileInput): Promise<UserEntity> {
    const write: UserWrite = {
      id: actor.userId,
      about: textOrNull(input.about),
      pronouns: textOrNull(input.pronouns),
      phone: textOrNull(input.phone),
      workingHours: input.workingHours === undefined ? undefined : cleanWorkingHours(input.workingHours),
      timeZone: input.timeZone ?? undefined,
      // null clears a list, like an empty one.
      languages: input.languages === undefined ? undefined : [...new Set(input.languages ?? [])],
      skills: input.skills === undefined ? undefined : cleanSkills(input.skills ?? []),
    };
    await this.inOwnRecord(actor, async (tx) => UserWriter.update(tx, actor.organizationId, [write]));
    return this.users.getUser(actor, actor.userId);
  }

  /** A square of the person's own image upload becomes their photo; the previous one is detached. */
  async setMyPhoto(actor: Actor, input: SetMyPhotoInput): Promise<UserEntity> {
    const uploads = this.uploads;
    // Re-encoded before the transaction: decoding an image holds no lock.
    const photo = await uploads.squareFromUpload(actor, input.fileId, input.crop ?? null, PHOTO_SIZE, PHOTO_THUMBNAIL_SIZE);
    await this.inOwnRecord(actor, async (tx) => {
      await uploads.attach(tx, actor, photo.id, { ownerType: PHOTO_OWNER, ownerId: actor.userId });
      await uploads.detachAll(tx, { ownerType: PHOTO_OWNER, ownerId: actor.userId }, photo.id);
      await UserWriter.update(tx, actor.organizationId, [{ id: actor.userId, photoFileId: photo.id }], { refreshSearch: false });
    });
    return this.users.getUser(actor, actor.userId);
  }

  /** Back to initials. */
  async removeMyPhoto(actor: Actor): Promise<UserEntity> {
    const uploads = this.uploads;
    await this.inOwnRecord(actor, async (tx) => {
      await uploads.detachAll(tx, { ownerType: PHOTO_OWNER, ownerId: actor.userId });
      await UserWriter.update(tx, actor.organizationId, [{ id: actor.userId, photoFileId: null }], { refreshSearch: false });
    });
    return this.users.getUser(actor, actor.userId);
  }

  /** Locks the actor's own row, checks the rule, runs `write`, records the change: one transaction. */
  private inOwnRecord(actor: Actor, write: (tx: Tx) => Promise<void>): Promise<void> {
    return this.db.transaction(async (tx) => {
      const [user] = await runSql<UserEntity>(tx, `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 AND u.organization_id = $2 FOR UPDATE`, [actor.userId, actor.organizationId]);
      if (!user) throw AppError.notFound('user');
      authorize(userPolicy, actor, 'editOwnSettings', user);
      await write(tx);
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: DirectoryEvents.userUpdated, payload: { userIds: [actor.userId] } });
    });
  }
}
