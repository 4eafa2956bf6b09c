import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { join } from 'node:path';
import type { Request, Response } from 'express';
import type { ActorLoader } from '../auth/actor';
import { readCookie, SESSION_COOKIE } from '../auth/session-token';
import { formatGraphqlError, reportLimitError } from '../errors/format-error';
import type { GqlContext } from './gql-context';
import { Loaders } from './loaders';

export const GRAPHQL_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 30000, maxTokens: 2000, maxDirectives: 20 };

/** Apollo settings: armour limits, CSRF prevention, no batching, introspection off in production. */
export function graphqlConfig(actors: ActorLoader, production: boolean, schemaFile: string | boolean): ApolloDriverConfig {
  // armor's own reporter sends a copy that formatError cannot tell from a user's error.
  const reject = () => ({ onReject: [reportLimitError], propagateOnRejection: false });
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...reject() },
    // armor skips `__typename` by default; an alias is an alias, and each costs a resolver call.
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [], ...reject() },
    // Fragments are counted as the fields they stand for (as maxDepth does): unflattened, each
    // spread adds a depth level of 1.5x, so the same query spelled with fragments (as the web app
    // writes them, with Apollo's __typename in every selection) cost four times as much.
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true, ...reject() },
    // armor's token check throws from a plugin hook, which Apollo answers with 500; graphql-js's
    // own `maxTokens` parse option (below) fails as a parse error, 400 like the other limits.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...reject() },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    autoSchemaFile: schemaFile,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    // No HTTP caching of GraphQL answers (they are per user): skip the cache-control hook on every field.
    plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled()],
    validationRules: armor.validationRules,
    formatError: formatGraphqlError,
    context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE) ?? null;
      const actor = token ? await actors.loadBySessionToken(token) : null;
      return { req, res, actor, sessionToken: actor ? token : null, loaders: new Loaders(actor) };
    },
  };
}

export const defaultSchemaFile = () => join(process.cwd(), 'apps/api/schema.gql');
