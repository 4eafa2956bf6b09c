import { ObjectType } from '@nestjs/graphql';
import type { Actor } from './actor';

/**
 * What the signed-in person may do across the organisation: the web gates routes and navigation
 * on it instead of on role names. Core only declares the type; each domain adds its own fields
 * with `@ResolveField` in a `@Resolver(() => ViewerAbilitiesModel)`, computed with `can()` from
 * its policies, so a new pillar's abilities live in the pillar.
 */
@ObjectType('ViewerAbilities')
export class ViewerAbilitiesModel {
  /** Whose abilities: not in the schema. */
  actor!: Actor;
}
