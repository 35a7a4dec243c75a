import { graphql } from "../../../graphql/graphql";

/** Every editable field of an achievement, as the edit form needs it. */
export const AchievementFormFieldsFragment = graphql(`
  fragment AchievementFormFields on Achievement {
    id
    status
    owner {
      id
    }
    titleZh
    titleEn
    summaryZh
    summaryEn
    descriptionZh
    descriptionEn
    field
    keywords
    trl
    team {
      name
      title
      role
    }
    ipAssets {
      number
      title
      kind
      status
      expiresOn
    }
    transferModes
    price {
      min
      max
      currency
      negotiable
    }
    publiclyFunded
    rightsStatus
    rightsUseYears
    negativeList
    visibility
    region {
      country
      province
      city
    }
  }
`);

export const AchievementForEditQuery = graphql(
  `
    query AchievementForEdit($id: ID!) {
      achievement(id: $id) {
        id
        viewerCanEdit
        ...AchievementFormFields
      }
    }
  `,
  [AchievementFormFieldsFragment],
);

export const CreateAchievementMutation = graphql(`
  mutation CreateAchievement($orgId: ID!, $input: AchievementInput!) {
    createAchievement(orgId: $orgId, input: $input) {
      id
      status
    }
  }
`);

export const UpdateAchievementMutation = graphql(
  `
    mutation UpdateAchievement($id: ID!, $input: AchievementInput!) {
      updateAchievement(id: $id, input: $input) {
        id
        ...AchievementFormFields
      }
    }
  `,
  [AchievementFormFieldsFragment],
);
