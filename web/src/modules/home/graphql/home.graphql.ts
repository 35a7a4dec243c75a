import { graphql } from "../../../graphql/graphql";
import { AchievementCardFragment } from "../../achievements/graphql/achievements.graphql";
import { DemandCardFragment } from "../../demands/graphql/demands.graphql";

export const PlatformStatsQuery = graphql(`
  query PlatformStats {
    platformStats {
      achievements
      transactedAchievements
      openDemands
      organizations
      organizationsByKind {
        kind
        count
      }
    }
  }
`);

export const LatestListingsQuery = graphql(
  `
    query LatestListings($achievements: Int!, $demands: Int!) {
      achievements(first: $achievements) {
        totalCount
        edges {
          cursor
          node {
            id
            field
            ...AchievementCard
          }
        }
      }
      demands(first: $demands) {
        totalCount
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
  [AchievementCardFragment, DemandCardFragment],
);
