import { graphql } from '@pillars/web/graphql';

export const PreviewDirectoryImportDocument = graphql(`
  mutation PreviewDirectoryImport($input: PreviewDirectoryImportInput!) {
    previewDirectoryImport(input: $input) {
      total
      toCreate
      toUpdate
      unchanged
      teamsToCreate
      errorCount
      errors {
        line
        column
        code
        message
      }
    }
  }
`);

export const ApplyDirectoryImportDocument = graphql(`
  mutation ApplyDirectoryImport($input: ApplyDirectoryImportInput!) {
    applyDirectoryImport(input: $input) {
      importId
      total
      toCreate
      toUpdate
      unchanged
      teamsToCreate
    }
  }
`);
