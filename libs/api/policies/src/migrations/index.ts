import { CreatePolicies1797910000000 } from './1797910000000-create-policies';
import { AddPolicyQuizzes1798100000000 } from './1798100000000-add-policy-quizzes';
import { AddPolicyScheduleGate1798100100000 } from './1798100100000-add-policy-schedule-gate';
import { CreatePolicyReminders1798100200000 } from './1798100200000-create-policy-reminders';
import { CreatePolicyReviews1798100300000 } from './1798100300000-create-policy-reviews';

/** The policies domain's migrations. */
export const POLICY_MIGRATIONS = [
  CreatePolicies1797910000000, AddPolicyQuizzes1798100000000, AddPolicyScheduleGate1798100100000, CreatePolicyReminders1798100200000, CreatePolicyReviews1798100300000,
];
