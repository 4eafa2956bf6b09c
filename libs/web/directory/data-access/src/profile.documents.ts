import { graphql } from '@pillars/web/graphql';

/** The signed-in person's profile as the edit page needs it: their own fields and the organisation's. */
export const MyProfileDocument = graphql(`
  query MyProfile($id: ID!) {
    user(id: $id) {
      ...PersonSummary
      location
      timeZone
      manager {
        ...PersonSummary
      }
      ...UserMemberships
      ...UserProfileFields
    }
  }
`);

export const UpdateMyProfileDocument = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      user {
        id
        timeZone
        ...UserProfileFields
      }
    }
  }
`);

export const SetMyPhotoDocument = graphql(`
  mutation SetMyPhoto($input: SetMyPhotoInput!) {
    setMyPhoto(input: $input) {
      user {
        id
        photoUrl
        photoThumbnailUrl
      }
    }
  }
`);

export const RemoveMyPhotoDocument = graphql(`
  mutation RemoveMyPhoto {
    removeMyPhoto {
      user {
        id
        photoUrl
        photoThumbnailUrl
      }
    }
  }
`);
