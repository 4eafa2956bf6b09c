export * from './audience.entity';
export * from './audiences.module';
