import { graphql } from "../../../graphql/graphql";

export const ProfileQuery = graphql(`
  query Profile {
    me {
      id
      displayName
      email
      locale
      platformRoles
      memberships {
        role
        organization {
          id
          kind
          nameZh
          nameEn
        }
      }
      sessions {
        id
        createdAt
        expiresAt
        userAgent
        current
      }
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      locale
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);
