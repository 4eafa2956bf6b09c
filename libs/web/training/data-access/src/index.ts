export * from './training.documents';
export { TRAINING_QUERIES, trainingTypePolicies } from './training.type-policies';
