import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@pillars/api/core';
import { presentUser } from '../users/user.presenter';
import { UserPayload } from '../users/user.inputs';
import { SetMyPhotoInput, UpdateMyProfileInput } from './profile.inputs';
import { ProfileService } from './profile.service';

/** The signed-in person's own profile (organisation-owned fields stay with `updateUser`). */
@Resolver()
export class ProfileResolver {
  constructor(private readonly profile: ProfileService) {}

  @Mutation(() => UserPayload, { description: 'Your own about, pronouns, phone, working hours, time zone, languages and skills.' })
  async updateMyProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateMyProfileInput): Promise<UserPayload> {
    return { user: presentUser(await this.profile.updateMyProfile(actor, input)) };
  }

  @Mutation(() => UserPayload, { description: 'Makes a square of one of your image uploads (POST /files) your photo, re-encoded without metadata.' })
  async setMyPhoto(@CurrentActor() actor: Actor, @Args('input') input: SetMyPhotoInput): Promise<UserPayload> {
    return { user: presentUser(await this.profile.setMyPhoto(actor, input)) };
  }

  @Mutation(() => UserPayload, { description: 'Removes your photo; your initials show again.' })
  async removeMyPhoto(@CurrentActor() actor: Actor): Promise<UserPayload> {
    return { user: presentUser(await this.profile.removeMyPhoto(actor)) };
  }
}
