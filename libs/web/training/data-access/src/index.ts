export * from './training.documents';
export { TRAINING_CATALOGUE_QUERIES, TRAINING_QUERIES, trainingTypePolicies } from './training.type-policies';
