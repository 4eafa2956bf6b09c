import { AppConfig, createApiModule } from '@pillars/api/core';
import { DOMAINS } from './domains';

export const DOMAIN_MODULES = DOMAINS.map((d) => d.module);

export const createAppModule = (config: AppConfig, schemaFile: string | boolean = true) => createApiModule(config, DOMAIN_MODULES, schemaFile);
