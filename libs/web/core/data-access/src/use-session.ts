import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { MeQuery, ViewerAbilityFlagsFragment } from '@pillars/web/graphql';
import { useCallback } from 'react';
import { MeDocument, SignInDocument, SignOutDocument, SignOutEverywhereDocument } from './session.documents';

export type SessionUser = NonNullable<MeQuery['me']>;
/** An organisation-wide ability the server computes for the viewer (`canManagePeople`, …). */
export type ViewerAbility = Exclude<keyof ViewerAbilityFlagsFragment, '__typename'>;

/** The signed-in user (null when signed out) from the Apollo cache; the only copy of it. */
export function useSession() {
  const { data, loading, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const me = data?.me ?? null;
  const abilities = data?.abilities ?? null;
  return {
    me,
    abilities,
    /** Whether the server grants the viewer `ability`; routes and navigation ask this, never role names. */
    can: (ability: ViewerAbility) => abilities?.[ability] === true,
    loading: loading && !data,
    error,
    refetch,
  };
}

export function useSignIn() {
  const [mutate, { loading, error, reset }] = useMutation(SignInDocument);
  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = await mutate({
        variables: { input: { email: email.trim(), password } },
        update: (cache, { data }) => {
          if (data) cache.writeQuery({ query: MeDocument, data: { me: data.signIn.user, abilities: data.signIn.abilities } });
        },
      });
      return result.data?.signIn.user ?? null;
    },
    [mutate],
  );
  return { signIn, loading, error, reset };
}

/** Signs out here or everywhere, then drops every cached record of the previous user. */
export function useSignOut() {
  const client = useApolloClient();
  const [signOutHere, here] = useMutation(SignOutDocument);
  const [signOutAll, all] = useMutation(SignOutEverywhereDocument);
  const forget = useCallback(async () => {
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: null, abilities: null } });
  }, [client]);
  const signOut = useCallback(async () => {
    await signOutHere();
    await forget();
  }, [signOutHere, forget]);
  const signOutEverywhere = useCallback(async () => {
    await signOutAll();
    await forget();
  }, [signOutAll, forget]);
  return { signOut, signOutEverywhere, loading: here.loading || all.loading, error: here.error ?? all.error };
}
