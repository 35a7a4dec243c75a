import { graphql } from "../../../graphql/graphql";

/** The signed-in user's organizations and roles: what the workspace may show. */
export const WorkspaceViewerQuery = graphql(`
  query WorkspaceViewer {
    me {
      id
      displayName
      platformRoles
      memberships {
        role
        organization {
          id
          kind
          nameZh
          nameEn
          verified
        }
      }
    }
  }
`);

export const OrgAchievementsQuery = graphql(`
  query OrgAchievements($orgId: ID!, $first: Int!, $after: String) {
    orgAchievements(orgId: $orgId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          titleZh
          titleEn
          status
          trl
          field
          reviewNote
          expired
          expiresAt
          updatedAt
        }
      }
    }
  }
`);

export const OrgDemandsQuery = graphql(`
  query OrgDemands($orgId: ID!, $first: Int!, $after: String) {
    orgDemands(orgId: $orgId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          titleZh
          titleEn
          status
          field
          deadline
          responseDeadline
          expired
          updatedAt
          answers(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

export const TransitionAchievementMutation = graphql(`
  mutation TransitionAchievement($id: ID!, $action: AchievementAction!) {
    transitionAchievement(id: $id, action: $action) {
      id
      status
      updatedAt
    }
  }
`);

export const TransitionDemandMutation = graphql(`
  mutation TransitionDemand($id: ID!, $action: DemandAction!) {
    transitionDemand(id: $id, action: $action) {
      id
      status
      updatedAt
    }
  }
`);

export const ReverifyAchievementMutation = graphql(`
  mutation ReverifyAchievement($id: ID!) {
    reverifyAchievement(id: $id) {
      id
      expired
      expiresAt
      lastVerifiedAt
    }
  }
`);
