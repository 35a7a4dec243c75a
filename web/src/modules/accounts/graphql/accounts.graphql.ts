import { graphql } from "../../../graphql/graphql";

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      displayName
      email
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
