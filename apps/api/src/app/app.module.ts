import { AudiencesModule } from '@pillars/api/audiences';
import { AppConfig, createApiModule } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';

/** The only place that lists the domains. */
export const DOMAIN_MODULES = [DirectoryModule, AudiencesModule];

export const createAppModule = (config: AppConfig, schemaFile: string | boolean = true) => createApiModule(config, DOMAIN_MODULES, schemaFile);
