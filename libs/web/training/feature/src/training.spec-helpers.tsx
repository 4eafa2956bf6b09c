import { MeDocument } from '@pillars/web/core/data-access';

/** The signed-in viewer for the training specs: abilities as given (a learner with reports by default). */
export const meMockWith = (abilities: { canManageTraining?: boolean; canViewTrainingMatrix?: boolean } = {}) => ({
  request: { query: MeDocument },
  result: {
    data: {
      me: { __typename: 'User', id: 'u1', name: 'Lea Learner', email: 'lea@x.test', initials: 'LL', photoThumbnailUrl: null, title: null, locale: 'en', timeZone: 'UTC', roles: abilities.canManageTraining ? ['HR'] : [] },
      abilities: {
        __typename: 'ViewerAbilities', canManagePeople: false, canAssignRoles: false, canManageTeams: false, canImport: false, canManageAudiences: false, canReadMailOutbox: false,
        canManagePolicies: false, canViewCompliance: false, canVerifyPolicyEvidence: false, canManageTraining: abilities.canManageTraining ?? false,
        canViewTrainingMatrix: abilities.canViewTrainingMatrix ?? true, canAnnounce: false, canAnnounceToAnyone: false,
      },
    },
  },
  maxUsageCount: Infinity,
});
