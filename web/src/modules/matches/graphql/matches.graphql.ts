import { graphql } from "../../../graphql/graphql";

/** A match with everything its explanation shows: both listings' texts, components, terms, spans. */
export const MatchDetailsFragment = graphql(`
  fragment MatchDetails on Match {
    id
    score
    computedAt
    components {
      name
      value
      contribution
    }
    matchedTerms {
      demandTerm
      achievementTerm
      via
      weight
    }
    highlights {
      demand {
        field
        start
        end
        text
      }
      achievement {
        field
        start
        end
        text
      }
    }
    viewerFeedback {
      action
      reason
      reasonText
    }
    demand {
      id
      titleZh
      titleEn
      summaryZh
      summaryEn
      keywords
      indicators {
        name
        target
        unit
      }
      minTrl
      owner {
        id
        nameZh
        nameEn
      }
    }
    achievement {
      id
      titleZh
      titleEn
      summaryZh
      summaryEn
      keywords
      trl
      owner {
        id
        nameZh
        nameEn
      }
    }
  }
`);

export const MatchesForDemandQuery = graphql(
  `
    query MatchesForDemand($id: ID!, $first: Int!, $after: String, $locale: Locale!) {
      demand(id: $id) {
        id
        titleZh
        titleEn
        owner {
          id
        }
      }
      matchesForDemand(id: $id, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            explanation(locale: $locale)
            ...MatchDetails
          }
        }
      }
    }
  `,
  [MatchDetailsFragment],
);

export const MatchesForAchievementQuery = graphql(
  `
    query MatchesForAchievement($id: ID!, $first: Int!, $after: String, $locale: Locale!) {
      achievement(id: $id) {
        id
        titleZh
        titleEn
        owner {
          id
        }
      }
      matchesForAchievement(id: $id, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            explanation(locale: $locale)
            ...MatchDetails
          }
        }
      }
    }
  `,
  [MatchDetailsFragment],
);

export const BrokerQueueQuery = graphql(
  `
    query BrokerQueue($first: Int!, $after: String, $locale: Locale!) {
      brokerQueue(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            explanation(locale: $locale)
            ...MatchDetails
          }
        }
      }
    }
  `,
  [MatchDetailsFragment],
);

export const MarkMatchMutation = graphql(`
  mutation MarkMatch(
    $matchId: ID!
    $action: MatchAction!
    $reason: MatchDismissReason
    $reasonText: String
  ) {
    markMatch(matchId: $matchId, action: $action, reason: $reason, reasonText: $reasonText) {
      id
      viewerFeedback {
        action
        reason
        reasonText
      }
    }
  }
`);

/** The score model in use, to say how scores are made. */
export const MatcherWeightsQuery = graphql(`
  query MatcherWeights {
    matcherWeights {
      version
      fittedAt
      positiveSamples
      negativeSamples
      weights {
        name
        weight
      }
    }
  }
`);
