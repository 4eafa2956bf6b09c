import { useMutation, useQuery } from '@apollo/client/react';
import type { CompleteSetupInput } from '@pillars/web/graphql';
import { useCallback } from 'react';
import { MeDocument } from './session.documents';
import { CompleteSetupDocument, SetupStatusDocument } from './setup.documents';

/** Whether the deployment still needs its first-run setup; false while loading or on error. */
export function useSetupStatus() {
  const { data, loading, error, refetch } = useQuery(SetupStatusDocument, { fetchPolicy: 'cache-first' });
  return { needed: data?.setupStatus.needed ?? false, loading: loading && !data, error, refetch };
}

/** Creates the organisation and its first admin; the cache then holds them as the signed-in user. */
export function useCompleteSetup() {
  const [mutate, { loading, error, reset }] = useMutation(CompleteSetupDocument);
  const completeSetup = useCallback(
    async (input: CompleteSetupInput) => {
      const result = await mutate({
        variables: { input },
        update: (cache, { data }) => {
          if (!data) return;
          cache.writeQuery({ query: MeDocument, data: { me: data.completeSetup.user, abilities: data.completeSetup.abilities } });
          cache.writeQuery({ query: SetupStatusDocument, data: { setupStatus: { needed: false } } });
        },
      });
      return result.data?.completeSetup.user ?? null;
    },
    [mutate],
  );
  return { completeSetup, loading, error, reset };
}
