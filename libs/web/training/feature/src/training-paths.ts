export const MY_TRAINING_PATH = '/training';
export const TRAINING_MATRIX_PATH = '/training/matrix';
export const trainingPlayerPath = (enrolmentId: string) => `/training/${enrolmentId}`;
export const certificateVerifyPath = (code: string) => `/certificates/verify/${encodeURIComponent(code)}`;
export const COURSES_PATH = '/training/courses';
export const NEW_COURSE_PATH = '/training/courses/new';
export const courseEditorPath = (courseId: string) => `/training/courses/${courseId}`;
export const trainingHistoryPath = (userId: string) => `/training/people/${userId}`;
