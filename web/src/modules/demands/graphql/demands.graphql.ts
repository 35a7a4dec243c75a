import { graphql } from "../../../graphql/graphql";

/** What an exam-paper card shows. */
export const DemandCardFragment = graphql(`
  fragment DemandCard on Demand {
    id
    titleZh
    titleEn
    summaryZh
    summaryEn
    field
    minTrl
    wantedModes
    deadline
    status
    budget {
      min
      max
      currency
      negotiable
    }
    owner {
      id
      nameZh
      nameEn
    }
  }
`);

export const DemandsQuery = graphql(
  `
    query Demands($first: Int!, $after: String, $filter: DemandFilter) {
      demands(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            field
            ...DemandCard
          }
        }
      }
    }
  `,
  [DemandCardFragment],
);

export const DemandQuery = graphql(`
  query Demand($id: ID!) {
    demand(id: $id) {
      id
      titleZh
      titleEn
      summaryZh
      summaryEn
      field
      keywords
      minTrl
      wantedModes
      criteria
      status
      deadline
      responseDeadline
      budget {
        min
        max
        currency
        negotiable
      }
      indicators {
        name
        target
        unit
      }
      viewerCanReadConfidential
      confidentialZh
      confidentialEn
      owner {
        id
        nameZh
        nameEn
        verified
      }
      region {
        country
        province
        city
        provinceEn
        cityEn
      }
      publishedAt
    }
  }
`);
