import { AppError } from '../errors/app-error';
import type { Actor } from './actor';

type Rule<S> = (actor: Actor, subject: S) => boolean;
export interface Policy<S, A extends string> {
  readonly name: string;
  readonly rules: Partial<Record<A, Rule<S>>>;
}

/** A policy per model: an action without a rule is refused (default deny). */
export const definePolicy = <S, A extends string>(name: string, rules: Record<A, Rule<S>>): Policy<S, A> => ({ name, rules });

export const can = <S, A extends string>(policy: Policy<S, A>, actor: Actor | null | undefined, action: A, subject: S): boolean => {
  if (!actor) return false;
  const rule = policy.rules[action];
  return rule ? rule(actor, subject) === true : false;
};

export function authorize<S, A extends string>(policy: Policy<S, A>, actor: Actor | null | undefined, action: A, subject: S): void {
  if (!actor) throw AppError.unauthenticated();
  if (!can(policy, actor, action, subject)) throw AppError.forbidden();
}
