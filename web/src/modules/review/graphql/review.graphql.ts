import { graphql } from "../../../graphql/graphql";

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($first: Int!, $after: String) {
    reviewQueue(first: $first, after: $after) {
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
          summaryZh
          summaryEn
          field
          trl
          keywords
          transferModes
          publiclyFunded
          negativeList
          rightsStatus
          rightsUseYears
          updatedAt
          price {
            min
            max
            currency
            negotiable
          }
          ipAssets {
            number
            kind
            status
          }
          owner {
            id
            nameZh
            nameEn
            verified
          }
        }
      }
    }
  }
`);

export const ApproveAchievementMutation = graphql(`
  mutation ApproveAchievement($id: ID!, $note: String) {
    approveAchievement(id: $id, note: $note) {
      id
      status
    }
  }
`);

export const RejectAchievementMutation = graphql(`
  mutation RejectAchievement($id: ID!, $reason: String!) {
    rejectAchievement(id: $id, reason: $reason) {
      id
      status
      reviewNote
    }
  }
`);
