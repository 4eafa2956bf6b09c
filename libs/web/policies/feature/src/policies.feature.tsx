import { RequireAbility } from '@pillars/web/auth/feature';
import type { LocaleBundle, WebFeature } from '@pillars/web/core/data-access';
import { policiesTypePolicies } from '@pillars/web/policies/data-access';
import { IconBooks, IconChecklist, IconShieldCheck } from '@tabler/icons-react';
import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';
import ar from './locales/ar.json';
import en from './locales/en.json';
import he from './locales/he.json';
import it from './locales/it.json';

const load = {
  library: () => import('./policy-library-page'),
  mine: () => import('./my-policies-page'),
  policy: () => import('./policy-page'),
  create: () => import('./new-policy-page'),
  draft: () => import('./policy-draft-page'),
  evidence: () => import('./policy-evidence-page'),
  compliance: () => import('./policy-compliance-page'),
  verify: () => import('./verify-evidence-page'),
  review: () => import('./policy-review-page'),
};
const PolicyLibraryPage = lazy(() => load.library().then((m) => ({ default: m.PolicyLibraryPage })));
const MyPoliciesPage = lazy(() => load.mine().then((m) => ({ default: m.MyPoliciesPage })));
const PolicyPage = lazy(() => load.policy().then((m) => ({ default: m.PolicyPage })));
const NewPolicyPage = lazy(() => load.create().then((m) => ({ default: m.NewPolicyPage })));
const PolicyDraftPage = lazy(() => load.draft().then((m) => ({ default: m.PolicyDraftPage })));
const PolicyEvidencePage = lazy(() => load.evidence().then((m) => ({ default: m.PolicyEvidencePage })));
const PolicyCompliancePage = lazy(() => load.compliance().then((m) => ({ default: m.PolicyCompliancePage })));
const PolicyReviewPage = lazy(() => load.review().then((m) => ({ default: m.PolicyReviewPage })));
const VerifyEvidencePage = lazy(() => load.verify().then((m) => ({ default: m.VerifyEvidencePage })));

/** `policies.*`. */
export const policiesLocales: LocaleBundle = { en, ar, he, it };

/** Reading for everyone; authoring for HR, admins and owners (the policy's abilities); evidence and compliance as the API filters them. */
export const policiesRoutes: RouteObject[] = [
  { path: 'policies', element: <PolicyLibraryPage /> },
  { path: 'policies/mine', element: <MyPoliciesPage /> },
  { element: <RequireAbility ability="canManagePolicies" />, children: [{ path: 'policies/new', element: <NewPolicyPage /> }] },
  { element: <RequireAbility ability="canVerifyPolicyEvidence" />, children: [{ path: 'policies/verify', element: <VerifyEvidencePage /> }] },
  { path: 'policies/reviews/:versionId', element: <PolicyReviewPage /> },
  { path: 'policies/:id', element: <PolicyPage /> },
  { path: 'policies/:id/draft', element: <PolicyDraftPage /> },
  { path: 'policies/:id/evidence', element: <PolicyEvidencePage /> },
  { path: 'policies/:id/compliance', element: <PolicyCompliancePage /> },
];

export const policiesFeature: WebFeature = {
  name: 'policies',
  routes: policiesRoutes,
  preload: () => Promise.all(Object.values(load).map((page) => page())),
  nav: [
    { section: 'governance', to: '/policies/mine', label: 'policies.nav.mine', icon: IconChecklist },
    { section: 'governance', to: '/policies', label: 'policies.nav.library', icon: IconBooks },
    { section: 'governance', to: '/policies/verify', label: 'policies.nav.verify', icon: IconShieldCheck, ability: 'canVerifyPolicyEvidence' },
  ],
  locales: policiesLocales,
  typePolicies: policiesTypePolicies,
  // Targets as the policies API registers them: a policy (asks, reminders); a version's compliance (a manager's escalation, data { policyId }); reviews.
  notificationLinks: {
    policy: ({ id }) => `/policies/${id}`,
    policy_compliance: ({ id, data }) => (data['policyId'] ? `/policies/${data['policyId']}/compliance?version=${id}&by=MANAGER` : null),
    // A draft's review: the reviewer's page (id: the version); the author's draft page (data { policyId }).
    policy_review: ({ id }) => `/policies/reviews/${id}`,
    policy_draft: ({ data }) => (data['policyId'] ? `/policies/${data['policyId']}/draft` : null),
  },
};
