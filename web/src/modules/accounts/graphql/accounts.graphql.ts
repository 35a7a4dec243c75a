import { graphql } from "../../../graphql/graphql";

export const ViewerQuery = graphql(`
  query Viewer {
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
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      user {
        id
        displayName
        email
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        displayName
        email
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      nameZh
      nameEn
    }
  }
`);
