import { graphql } from "../../../graphql/graphql";

/** What an achievement card shows. */
export const AchievementCardFragment = graphql(`
  fragment AchievementCard on Achievement {
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
    }
  }
`);

export const AchievementsQuery = graphql(
  `
    query Achievements($first: Int!, $after: String, $filter: AchievementFilter) {
      achievements(first: $first, after: $after, filter: $filter) {
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
            ...AchievementCard
          }
        }
      }
    }
  `,
  [AchievementCardFragment],
);

export const AchievementQuery = graphql(`
  query Achievement($id: ID!) {
    achievement(id: $id) {
      id
      titleZh
      titleEn
      summaryZh
      summaryEn
      descriptionZh
      descriptionEn
      keywords
      field
      trl
      status
      expired
      transferModes
      price {
        min
        max
        currency
        negotiable
      }
      rightsStatus
      rightsUseYears
      publiclyFunded
      negativeList
      ipAssets {
        number
        title
        kind
        status
        expiresOn
      }
      team {
        name
        role
        title
        nameEn
        roleEn
        titleEn
      }
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
      lastVerifiedAt
    }
  }
`);

/** Achievements like this one: a search on its keywords (or title) in the same top-level field. */
export const SimilarAchievementsQuery = graphql(`
  query SimilarAchievements($query: String!, $filter: SearchFilter, $locale: Locale, $first: Int) {
    search(query: $query, kind: ACHIEVEMENT, filter: $filter, locale: $locale, first: $first) {
      edges {
        cursor
        node {
          __typename
          ... on Achievement {
            id
            titleZh
            titleEn
            trl
            field
            owner {
              id
              nameZh
              nameEn
            }
          }
        }
      }
    }
  }
`);

export const OpenInquiryRoomMutation = graphql(`
  mutation OpenInquiryRoom($input: OpenRoomInput!) {
    openRoom(input: $input) {
      id
      origin
    }
  }
`);
