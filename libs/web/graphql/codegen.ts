import type { CodegenConfig } from '@graphql-codegen/cli';

/** Web types come from the committed schema file, never from a running server. */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/**/src/**/*.{ts,tsx}', '!libs/web/graphql/src/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'libs/web/graphql/src/generated/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
