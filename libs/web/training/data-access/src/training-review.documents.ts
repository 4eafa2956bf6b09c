import { graphql } from '@pillars/web/graphql';

export const PendingTrainingEvidenceDocument = graphql(`
  query PendingTrainingEvidence($first: Int, $after: String) {
    pendingTrainingEvidence(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          enrolmentId
          userId
          personName
          courseId
          courseTitle
          moduleTitle
          submittedAt
          file {
            id
            name
            mime
            url
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PendingTrainingEvidenceCountDocument = graphql(`
  query PendingTrainingEvidenceCount {
    pendingTrainingEvidenceCount
  }
`);

export const ReviewTrainingEvidenceDocument = graphql(`
  mutation ReviewTrainingEvidence($input: ReviewTrainingEvidenceInput!) {
    reviewTrainingEvidence(input: $input)
  }
`);

export const NudgeTrainingDocument = graphql(`
  mutation NudgeTraining($courseId: ID!, $userId: ID, $teamId: ID) {
    nudgeTraining(courseId: $courseId, userId: $userId, teamId: $teamId)
  }
`);

export const TrainingCountsFieldsFragment = graphql(`
  fragment TrainingCountsFields on TrainingCounts {
    required
    done
    overdue
    expired
    percent
  }
`);

export const TrainingRollupDocument = graphql(`
  query TrainingRollup($courseId: ID) {
    trainingRollup(courseId: $courseId) {
      totals {
        ...TrainingCountsFields
      }
      groups {
        teamId
        name
        parentId
        counts {
          ...TrainingCountsFields
        }
      }
    }
  }
`);

export const TrainingCourseReportDocument = graphql(`
  query TrainingCourseReport($courseId: ID!) {
    trainingCourseCompletion(courseId: $courseId) {
      ...TrainingCountsFields
    }
    trainingCompletionTrend(courseId: $courseId) {
      month
      required
      done
      percent
    }
  }
`);
