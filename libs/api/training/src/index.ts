export * from './training.domain';
export * from './training.module';
export * from './training.errors';
export * from './training.events';
export { TrainingJobs, TRAINING_JOBS_QUEUE } from './training.jobs';
export { seedDemoTraining } from './training.demo-seed';
