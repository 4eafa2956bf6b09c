import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../errors/app-error';
import type { GqlContext } from '../graphql/gql-context';

export const IS_PUBLIC = 'pillars:public';
/** Marks a resolver as reachable without a session (sign-in, health). Everything else needs one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const gqlContext = (ctx: ExecutionContext): GqlContext => GqlExecutionContext.create(ctx).getContext<GqlContext>();

/** The signed-in actor; resolvers without @Public() never run without one. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const actor = gqlContext(ctx).actor;
  if (!actor) throw AppError.unauthenticated();
  return actor;
});
