/** Events the training domain appends to the outbox. */
export const TrainingEvents = {
  courseCreated: 'training.course.created',
  courseUpdated: 'training.course.updated',
  coursePublished: 'training.course.published',
  courseArchived: 'training.course.archived',
  assigned: 'training.assigned',
  enrolmentCompleted: 'training.enrolment.completed',
} as const;

export interface TrainingEnrolmentCompletedPayload {
  enrolmentId: string;
  courseId: string;
  userId: string;
  certificateId: string;
}
