import { graphql } from "../../../graphql/graphql";

/** Every editable field of an exam paper, confidential details included (owners only). */
export const DemandFormFieldsFragment = graphql(`
  fragment DemandFormFields on Demand {
    id
    status
    owner {
      id
    }
    titleZh
    titleEn
    summaryZh
    summaryEn
    confidentialZh
    confidentialEn
    indicators {
      name
      target
      unit
    }
    field
    keywords
    wantedModes
    budget {
      min
      max
      currency
      negotiable
    }
    deadline
    responseDeadline
    minTrl
    criteria
    visibility
    region {
      country
      province
      city
    }
  }
`);

export const DemandForEditQuery = graphql(
  `
    query DemandForEdit($id: ID!) {
      demand(id: $id) {
        id
        viewerCanReadConfidential
        ...DemandFormFields
        accessGrants {
          kind
          grantedAt
          organization {
            id
            nameZh
            nameEn
          }
        }
      }
    }
  `,
  [DemandFormFieldsFragment],
);

export const CreateDemandMutation = graphql(`
  mutation CreateDemand($orgId: ID!, $input: DemandInput!) {
    createDemand(orgId: $orgId, input: $input) {
      id
      status
    }
  }
`);

export const UpdateDemandMutation = graphql(
  `
    mutation UpdateDemand($id: ID!, $input: DemandInput!) {
      updateDemand(id: $id, input: $input) {
        id
        ...DemandFormFields
      }
    }
  `,
  [DemandFormFieldsFragment],
);

/** Organizations that can be invited to read an exam paper's confidential details. */
export const InvitableOrganizationsQuery = graphql(`
  query InvitableOrganizations($kind: OrgKind) {
    organizations(first: 100, kind: $kind) {
      edges {
        node {
          id
          kind
          nameZh
          nameEn
        }
      }
    }
  }
`);

export const InviteToDemandMutation = graphql(`
  mutation InviteToDemand($demandId: ID!, $orgId: ID!) {
    inviteToDemand(demandId: $demandId, orgId: $orgId) {
      id
      accessGrants {
        kind
        grantedAt
        organization {
          id
          nameZh
          nameEn
        }
      }
    }
  }
`);
