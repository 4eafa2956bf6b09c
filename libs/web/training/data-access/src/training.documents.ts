import { graphql } from '@pillars/web/graphql';

export const TrainingEnrolmentFieldsFragment = graphql(`
  fragment TrainingEnrolmentFields on TrainingEnrolment {
    id
    userId
    courseId
    courseTitle
    cycle
    status
    enrolledAt
    dueAt
    completedAt
    expiresAt
    modulesDone
    modulesTotal
    certificate {
      id
      code
      completedAt
      expiresAt
      pdfUrl
    }
  }
`);

export const MyTrainingDocument = graphql(`
  query MyTraining {
    myTraining {
      assigned {
        ...TrainingEnrolmentFields
      }
      inProgress {
        ...TrainingEnrolmentFields
      }
      dueSoon {
        ...TrainingEnrolmentFields
      }
      overdue {
        ...TrainingEnrolmentFields
      }
      completed {
        ...TrainingEnrolmentFields
      }
    }
  }
`);

export const TrainingPlayerFieldsFragment = graphql(`
  fragment TrainingPlayerFields on TrainingPlayer {
    resumeModuleId
    enrolment {
      ...TrainingEnrolmentFields
    }
    course {
      id
      versionId
      title
      description
      estimatedMinutes
      validityMonths
    }
    modules {
      done
      completedAt
      score
      evidenceStatus
      evidenceReason
      bookedSessionId
      module {
        id
        kind
        title
        position
        contentHtml
        url
        policyId
        passMark
        maxAttempts
        drawCount
        sessions {
          id
          startsAt
          endsAt
          place
          capacity
          seatsLeft
        }
      }
    }
  }
`);

export const TrainingPlayerDocument = graphql(`
  query TrainingPlayer($enrolmentId: ID!) {
    trainingPlayer(enrolmentId: $enrolmentId) {
      ...TrainingPlayerFields
    }
  }
`);

export const CompleteTrainingModuleDocument = graphql(`
  mutation CompleteTrainingModule($enrolmentId: ID!, $moduleId: ID!) {
    completeTrainingModule(enrolmentId: $enrolmentId, moduleId: $moduleId) {
      player {
        ...TrainingPlayerFields
      }
    }
  }
`);

export const BookTrainingSessionDocument = graphql(`
  mutation BookTrainingSession($enrolmentId: ID!, $sessionId: ID!) {
    bookTrainingSession(enrolmentId: $enrolmentId, sessionId: $sessionId) {
      player {
        ...TrainingPlayerFields
      }
    }
  }
`);

export const CancelTrainingSessionBookingDocument = graphql(`
  mutation CancelTrainingSessionBooking($enrolmentId: ID!, $moduleId: ID!) {
    cancelTrainingSessionBooking(enrolmentId: $enrolmentId, moduleId: $moduleId) {
      player {
        ...TrainingPlayerFields
      }
    }
  }
`);

export const ConfirmTrainingAttendanceDocument = graphql(`
  mutation ConfirmTrainingAttendance($enrolmentId: ID!, $moduleId: ID!) {
    confirmTrainingAttendance(enrolmentId: $enrolmentId, moduleId: $moduleId) {
      player {
        ...TrainingPlayerFields
      }
    }
  }
`);

export const StartTrainingQuizDocument = graphql(`
  mutation StartTrainingQuiz($enrolmentId: ID!, $moduleId: ID!) {
    startTrainingQuiz(enrolmentId: $enrolmentId, moduleId: $moduleId) {
      id
      number
      maxAttempts
      passMark
      questions {
        id
        prompt
        multiple
        options {
          id
          text
        }
      }
    }
  }
`);

export const SubmitTrainingQuizDocument = graphql(`
  mutation SubmitTrainingQuiz($input: SubmitTrainingQuizInput!) {
    submitTrainingQuiz(input: $input) {
      player {
        ...TrainingPlayerFields
      }
    }
  }
`);

export const SubmitTrainingEvidenceDocument = graphql(`
  mutation SubmitTrainingEvidence($enrolmentId: ID!, $moduleId: ID!, $fileId: ID!) {
    submitTrainingEvidence(enrolmentId: $enrolmentId, moduleId: $moduleId, fileId: $fileId)
  }
`);

export const TrainingMatrixDocument = graphql(`
  query TrainingMatrix($managerId: ID, $teamId: ID) {
    trainingMatrix(managerId: $managerId, teamId: $teamId) {
      columns {
        courseId
        title
      }
      rows {
        userId
        name
        teamId
        teamName
        overdueCount
        statuses
        dates
      }
    }
  }
`);

export const TrainingMatrixCsvDocument = graphql(`
  query TrainingMatrixCsv($managerId: ID, $teamId: ID) {
    trainingMatrixCsv(managerId: $managerId, teamId: $teamId)
  }
`);

export const VerifyTrainingCertificateDocument = graphql(`
  query VerifyTrainingCertificate($code: String!) {
    verifyTrainingCertificate(code: $code) {
      personName
      courseTitle
      completedAt
      expiresAt
      valid
    }
  }
`);

export const TrainingCourseCardFieldsFragment = graphql(`
  fragment TrainingCourseCardFields on TrainingCourse {
    id
    versionId
    status
    version
    title
    category
    estimatedMinutes
    validityMonths
    languages
    modules {
      id
      kind
    }
  }
`);

export const TrainingCoursesDocument = graphql(`
  query TrainingCourses($first: Int, $after: String, $status: TrainingCourseStatus) {
    trainingCourses(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          ...TrainingCourseCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TrainingCourseEditorFieldsFragment = graphql(`
  fragment TrainingCourseEditorFields on TrainingCourse {
    id
    status
    version
    versionId
    title
    description
    category
    estimatedMinutes
    languages
    validityMonths
    selfEnrol
    modules {
      id
      position
      kind
      title
      content
      url
      policyId
      passMark
      maxAttempts
      drawCount
      sessions {
        id
        startsAt
        endsAt
        place
        capacity
        seatsLeft
      }
      questionBank {
        prompt
        multiple
        options {
          text
          correct
        }
      }
    }
  }
`);

export const TrainingCourseDocument = graphql(`
  query TrainingCourse($id: ID!) {
    trainingCourse(id: $id) {
      ...TrainingCourseEditorFields
    }
  }
`);

export const CreateTrainingCourseDocument = graphql(`
  mutation CreateTrainingCourse($input: TrainingCourseInput!) {
    createTrainingCourse(input: $input) {
      ...TrainingCourseEditorFields
    }
  }
`);

export const UpdateTrainingCourseDocument = graphql(`
  mutation UpdateTrainingCourse($id: ID!, $input: TrainingCourseInput!) {
    updateTrainingCourse(id: $id, input: $input) {
      ...TrainingCourseEditorFields
    }
  }
`);

export const PublishTrainingCourseDocument = graphql(`
  mutation PublishTrainingCourse($id: ID!) {
    publishTrainingCourse(id: $id) {
      ...TrainingCourseEditorFields
    }
  }
`);

export const ArchiveTrainingCourseDocument = graphql(`
  mutation ArchiveTrainingCourse($id: ID!) {
    archiveTrainingCourse(id: $id) {
      ...TrainingCourseEditorFields
    }
  }
`);

export const AssignTrainingDocument = graphql(`
  mutation AssignTraining($input: AssignTrainingInput!) {
    assignTraining(input: $input) {
      id
      enrolled
    }
  }
`);

export const TrainingHistoryDocument = graphql(`
  query TrainingHistory($userId: ID!, $first: Int, $after: String) {
    user(id: $userId) {
      id
      name
    }
    trainingHistory(userId: $userId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...TrainingEnrolmentFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
