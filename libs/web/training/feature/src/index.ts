export { trainingFeature, trainingLocales, trainingRoutes } from './training.feature';
export { certificateVerifyPath, courseEditorPath, COURSES_PATH, MY_TRAINING_PATH, TRAINING_MATRIX_PATH, trainingPlayerPath } from './training-paths';
