export * from './audience.documents';
