export { createApolloClient, type ApolloClientOptions } from './apollo-client';
export { errorExtensions, errorKeys, fieldRule, hasErrorCode, readAppError, type AppErrorInfo, type ClientErrorCode, type FieldError } from './app-errors';
export { LiveRooms, liveRoomsOf, ORGANIZATION_PLACEHOLDER, useLiveRoom, useLiveRooms, type RoomSocket } from './live-rooms';
export {
  browserLocale,
  DEFAULT_LOCALE,
  directionOf,
  initialLocale,
  LOCALE_STORAGE_KEY,
  readSavedLocale,
  useLocale,
  useProfileLocale,
} from './locale';
export { connectRealtime, notifyInvalidation, onInvalidation, useInvalidations, useRealtime, type RealtimeOptions } from './realtime';
export { holdsEntity, mergeRefetchMaps, planRefetch, type ActiveQuery, type RefetchMap, type RefetchPlan } from './refetch-rules';
export { ChangePasswordDocument, MeDocument, SignInDocument, UpdateMySettingsDocument } from './session.documents';
export { CompleteSetupDocument, SetupStatusDocument } from './setup.documents';
export { useErrorMessages } from './use-error-messages';
export { useSession, useSignIn, useSignOut, type SessionUser } from './use-session';
export { useCompleteSetup, useSetupStatus } from './use-setup';
