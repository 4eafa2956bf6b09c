import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, type GqlContext } from '@pillars/api/core';
import { isLocale } from '@pillars/shared/types';
import { PolicyTextChangeKind, wordDiff, wordsIn } from './policy-diff';
import { PolicyDiffModel } from './policy-diff.model';
import { PolicyLoaders } from './policy.loaders';
import { PolicyVersionModel } from './policy.model';
import type { BodyRow } from './policy.presenter';

/** The body in the language asked for (else the viewer's), or the version's fallback: the same choice as `reading`. */
export function chooseBody(bodies: BodyRow[], actor: Actor, fallbackLanguage: string, language?: string | null): { requested: string; body: BodyRow | null } {
  const requested = language && isLocale(language) ? language : isLocale(actor.locale) ? actor.locale : fallbackLanguage;
  return { requested, body: bodies.find((b) => b.language === requested) ?? bodies.find((b) => b.language === fallbackLanguage) ?? null };
}

@Resolver(() => PolicyVersionModel)
export class PolicyDiffResolver {
  constructor(private readonly loaders: PolicyLoaders) {}

  @ResolveField(() => PolicyDiffModel, {
    nullable: true,
    description:
      'For a re-acknowledgement: the body\'s changes since the version the viewer last signed of this policy, in the language `reading(language:)` shows. ' +
      'Null when they never signed one, or signed this very version.',
  })
  async changesSinceSigned(
    @CurrentActor() actor: Actor,
    @Parent() version: PolicyVersionModel,
    @Context() ctx: GqlContext,
    @Args('language', { type: () => String, nullable: true }) language?: string,
  ): Promise<PolicyDiffModel | null> {
    const signed = await ctx.loaders.get(this.loaders.lastSignedOfPolicy).load(version.policyId);
    if (!signed || signed.versionId === version.id) return null;
    const [now, then] = await Promise.all([
      ctx.loaders.get(this.loaders.bodiesOfVersion).load(version.id),
      ctx.loaders.get(this.loaders.bodiesOfVersion).load(signed.versionId),
    ]);
    const { body } = chooseBody(now, actor, version.fallbackLanguage, language);
    // The signed text in the language read now when that version has it, else the one signed.
    const before = then.find((b) => b.language === body?.language) ?? then.find((b) => b.language === signed.language);
    if (!body || !before) return null;
    const changes = wordDiff(before.body, body.body);
    return {
      fromVersionId: signed.versionId, fromLabel: signed.label, fromLanguage: before.language, toLanguage: body.language, changes,
      addedWords: wordsIn(changes, PolicyTextChangeKind.ADDED), removedWords: wordsIn(changes, PolicyTextChangeKind.REMOVED),
    };
  }
}
