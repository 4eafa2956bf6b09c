export * from './training.documents';
export * from './training-review.documents';
export { TRAINING_QUERIES, trainingTypePolicies } from './training.type-policies';
