import { graphql } from '@pillars/web/graphql';

export const DirectoryImportRowErrorFields = graphql(`
  fragment DirectoryImportRowErrorFields on DirectoryImportRowError {
    line
    column
    code
    message
  }
`);

export const PreviewDirectoryImportDocument = graphql(`
  mutation PreviewDirectoryImport($input: PreviewDirectoryImportInput!) {
    previewDirectoryImport(input: $input) {
      total
      toCreate
      toUpdate
      unchanged
      teamsToCreate
      newTeamPaths
      maxNewTeams
      rejectedRows
      errorCount
      errors {
        ...DirectoryImportRowErrorFields
      }
      rejectedCsv
    }
  }
`);

export const ApplyDirectoryImportDocument = graphql(`
  mutation ApplyDirectoryImport($input: ApplyDirectoryImportInput!) {
    applyDirectoryImport(input: $input) {
      importId
      mode
      total
      toCreate
      toUpdate
      unchanged
      teamsToCreate
      newTeamPaths
      rejectedRows
      errorCount
      errors {
        ...DirectoryImportRowErrorFields
      }
      rejectedCsv
    }
  }
`);
