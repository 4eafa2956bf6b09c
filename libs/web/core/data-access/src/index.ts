export { createApolloClient, type ApolloClientOptions } from './apollo-client';
export { errorExtensions, errorKeys, fieldRule, hasErrorCode, isNotFound, readAppError, type AppErrorInfo, type ClientErrorCode, type FieldError } from './app-errors';
export { coreLocales } from './core.locales';
export { flattenTranslations, mergeLocaleBundles, type LocaleBundle, type TranslationTree } from './locale-bundles';
export { LiveRooms, liveRoomsOf, ORGANIZATION_PLACEHOLDER, useLiveRoom, useLiveRooms, usePresence, type RoomSocket } from './live-rooms';
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
export {
  connectRealtime,
  mergeEntityRefetchMaps,
  notifyInvalidation,
  onInvalidation,
  useInvalidations,
  useRealtime,
  type EntityRefetch,
  type EntityRefetchMap,
  type RealtimeOptions,
} from './realtime';
export {
  mergeNotificationLinks,
  notificationHref,
  NotificationLinksProvider,
  useNotificationHref,
  type NotificationLinkBuilder,
  type NotificationLinks,
  type NotificationTargetRef,
} from './notification-links';
export { holdsEntity, mergeRefetchMaps, planRefetch, type ActiveQuery, type NarrowRefetchLists, type RefetchMap, type RefetchPlan } from './refetch-rules';
export {
  AccountLinkDocument,
  ChangePasswordDocument,
  MeDocument,
  RequestPasswordResetDocument,
  SessionUserFragment,
  SetPasswordFromLinkDocument,
  SignInDocument,
  UpdateMySettingsDocument,
  ViewerAbilityFlagsFragment,
} from './session.documents';
export { postFile, uploadFile, type UploadedFile, type UploadOptions } from './upload-file';
export { useErrorMessages } from './use-error-messages';
export { useSession, useSignIn, useSignOut, type SessionUser, type ViewerAbility } from './use-session';
export { mergeTypePolicies, type NavEntry, type NavSectionId, type WebFeature } from './web-feature';
export { CompleteSetupDocument, SetupStatusDocument } from './setup.documents';
export { useCompleteSetup, useSetupStatus } from './use-setup';
