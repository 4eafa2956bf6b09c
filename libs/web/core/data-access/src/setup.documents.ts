import { graphql } from '@pillars/web/graphql';

export const SetupStatusDocument = graphql(`
  query SetupStatus {
    setupStatus {
      needed
    }
  }
`);

export const CompleteSetupDocument = graphql(`
  mutation CompleteSetup($input: CompleteSetupInput!) {
    completeSetup(input: $input) {
      user {
        ...SessionUser
      }
      abilities {
        ...ViewerAbilityFlags
      }
    }
  }
`);
