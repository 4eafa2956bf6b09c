import { definePolicy } from '@pillars/api/core';

/** Mail written instead of sent holds other people's mail: admins of the organisation only. */
export const mailOutboxPolicy = definePolicy<{ organizationId: string }, 'read'>('mailOutbox', {
  read: (actor, org) => actor.isAdmin && actor.organizationId === org.organizationId,
});
