import { CreatePolicies1797910000000 } from './1797910000000-create-policies';
import { AddPolicyQuizzes1797940000000 } from './1797940000000-add-policy-quizzes';
import { AddPolicyScheduleGate1797940100000 } from './1797940100000-add-policy-schedule-gate';
import { CreatePolicyReminders1797940200000 } from './1797940200000-create-policy-reminders';
import { CreatePolicyReviews1797940300000 } from './1797940300000-create-policy-reviews';

/** The policies domain's migrations. */
export const POLICY_MIGRATIONS = [
  CreatePolicies1797910000000, AddPolicyQuizzes1797940000000, AddPolicyScheduleGate1797940100000, CreatePolicyReminders1797940200000, CreatePolicyReviews1797940300000,
];
