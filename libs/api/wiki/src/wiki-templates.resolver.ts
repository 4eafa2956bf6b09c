import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe, ViewerAbilitiesModel } from '@pillars/api/core';
import { WikiTemplateModel, WikiTemplatePayload } from './wiki-page.model';
import { WikiTemplatesService } from './wiki-templates.service';
import { CreateWikiTemplateInput, UpdateWikiTemplateInput } from './wiki.inputs';
import { governsWiki } from './wiki.policy';

@Resolver(() => WikiTemplateModel)
export class WikiTemplatesResolver {
  constructor(private readonly templates: WikiTemplatesService) {}

  @Query(() => [WikiTemplateModel], { description: 'The organisation\'s page templates (Meeting notes, How-to and Team onboarding to start with).' })
  wikiTemplates(@CurrentActor() actor: Actor): Promise<WikiTemplateModel[]> {
    return this.templates.listTemplates(actor);
  }

  @Mutation(() => WikiTemplatePayload, { description: 'HR and admins.' })
  async createWikiTemplate(@CurrentActor() actor: Actor, @Args('input') input: CreateWikiTemplateInput): Promise<WikiTemplatePayload> {
    return { template: await this.templates.createTemplate(actor, input) };
  }

  @Mutation(() => WikiTemplatePayload, { description: 'HR and admins.' })
  async updateWikiTemplate(@CurrentActor() actor: Actor, @Args('input') input: UpdateWikiTemplateInput): Promise<WikiTemplatePayload> {
    return { template: await this.templates.updateTemplate(actor, input) };
  }

  @Mutation(() => Boolean, { description: 'HR and admins; pages made from it keep their text.' })
  async deleteWikiTemplate(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<boolean> {
    await this.templates.deleteTemplate(actor, id);
    return true;
  }
}

/** The wiki's part of `abilities`. */
@Resolver(() => ViewerAbilitiesModel)
export class WikiAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'May create wiki spaces (HR and admins).' })
  canCreateWikiSpaces(@Parent() { actor }: ViewerAbilitiesModel): boolean {
    return governsWiki(actor);
  }

  @ResolveField(() => Boolean, { description: 'May create, edit and delete wiki page templates (HR and admins).' })
  canManageWikiTemplates(@Parent() { actor }: ViewerAbilitiesModel): boolean {
    return governsWiki(actor);
  }
}
