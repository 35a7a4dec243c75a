import { graphql } from "../../../graphql/graphql";

export const SuggestQuery = graphql(`
  query Suggest($prefix: String!, $locale: Locale, $limit: Int) {
    suggest(prefix: $prefix, locale: $locale, limit: $limit) {
      id
      kind
      text
      highlighted
    }
  }
`);

export const SearchQuery = graphql(`
  query Search(
    $query: String!
    $kind: SearchKind!
    $filter: SearchFilter
    $facets: [SearchFacet!]
    $sort: SearchSort
    $locale: Locale
    $first: Int
    $after: String
  ) {
    search(
      query: $query
      kind: $kind
      filter: $filter
      facets: $facets
      sort: $sort
      locale: $locale
      first: $first
      after: $after
    ) {
      totalEstimate
      tookMs
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        facet
        values {
          value
          count
        }
      }
      edges {
        cursor
        highlights {
          field
          snippet
        }
        node {
          __typename
          ... on Achievement {
            id
            titleZh
            titleEn
            summaryZh
            summaryEn
            field
            trl
            transferModes
            status
            price {
              min
              max
              currency
              negotiable
            }
            region {
              country
              province
              city
              provinceEn
              cityEn
            }
            owner {
              id
              nameZh
              nameEn
              kind
            }
          }
          ... on Demand {
            id
            titleZh
            titleEn
            summaryZh
            summaryEn
            field
            minTrl
            wantedModes
            deadline
            budget {
              min
              max
              currency
              negotiable
            }
            region {
              country
              province
              city
              provinceEn
              cityEn
            }
            owner {
              id
              nameZh
              nameEn
              kind
            }
          }
        }
      }
    }
  }
`);
