import { graphql } from "../../../graphql/graphql";

/** What the enterprise reads of an answer it received. */
export const ReceivedAnswerFragment = graphql(`
  fragment ReceivedAnswer on Answer {
    id
    status
    overdue
    submittedAt
    decidedAt
    decisionReason
    feedback
    responseDeadline
    approach
    quote {
      amount
      currency
    }
    milestones {
      title
      dueOn
      deliverable
    }
    team {
      name
      role
      nameEn
      roleEn
    }
    organization {
      id
      nameZh
      nameEn
      verified
      reputation {
        mean
        count
      }
    }
    achievements {
      id
      titleZh
      titleEn
    }
    evaluation {
      id
      overall
      comment
      scores {
        criterion
        score
      }
    }
  }
`);

export const DemandAnswersQuery = graphql(
  `
    query DemandAnswers($id: ID!, $first: Int!, $after: String) {
      demand(id: $id) {
        id
        titleZh
        titleEn
        status
        criteria
        responseDeadline
        owner {
          id
        }
        answers(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              ...ReceivedAnswer
            }
          }
        }
      }
    }
  `,
  [ReceivedAnswerFragment],
);

export const DecideAnswerMutation = graphql(`
  mutation DecideAnswer($input: DecideAnswerInput!) {
    decideAnswer(input: $input) {
      id
      status
      decidedAt
      decisionReason
      feedback
      overdue
    }
  }
`);

export const EvaluateAnswerMutation = graphql(`
  mutation EvaluateAnswer($input: EvaluateAnswerInput!) {
    evaluateAnswer(input: $input) {
      id
      overall
      comment
      scores {
        criterion
        score
      }
    }
  }
`);

/** Undecided answers past their decision deadline, for the workspace's reminder. */
export const OverdueAnswersQuery = graphql(`
  query OverdueAnswers($first: Int!) {
    overdueAnswers(first: $first) {
      totalCount
      edges {
        node {
          id
          responseDeadline
          demand {
            id
            titleZh
            titleEn
            owner {
              id
            }
          }
          organization {
            id
            nameZh
            nameEn
          }
        }
      }
    }
  }
`);

/** The answers an organization has sent, with the decisions and scores they got. */
export const OrgAnswersQuery = graphql(`
  query OrgAnswers($orgId: ID!, $first: Int!) {
    orgAnswers(orgId: $orgId, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          overdue
          submittedAt
          decisionReason
          feedback
          quote {
            amount
            currency
          }
          evaluation {
            id
            overall
            comment
          }
          demand {
            id
            titleZh
            titleEn
          }
        }
      }
    }
  }
`);
