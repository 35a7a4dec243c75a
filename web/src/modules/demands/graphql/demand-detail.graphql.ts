import { graphql } from "../../../graphql/graphql";

export const AcceptDemandNdaMutation = graphql(`
  mutation AcceptDemandNda($demandId: ID!, $orgId: ID!) {
    acceptDemandNda(demandId: $demandId, orgId: $orgId) {
      id
      viewerCanReadConfidential
      confidentialZh
      confidentialEn
    }
  }
`);

export const SubmitAnswerMutation = graphql(`
  mutation SubmitAnswer($orgId: ID!, $input: SubmitAnswerInput!) {
    submitAnswer(orgId: $orgId, input: $input) {
      id
      status
      submittedAt
    }
  }
`);

export const AnswerableAchievementsQuery = graphql(`
  query AnswerableAchievements($orgId: ID!) {
    orgAchievements(orgId: $orgId, statuses: [PUBLISHED, IN_NEGOTIATION], first: 50) {
      edges {
        node {
          id
          titleZh
          titleEn
        }
      }
    }
  }
`);
