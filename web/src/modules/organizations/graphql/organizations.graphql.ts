import { graphql } from "../../../graphql/graphql";

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      kind
      nameZh
      nameEn
    }
  }
`);

/** Members (visible to members) and pending invitations (visible to admins). */
export const OrgMembersQuery = graphql(`
  query OrgMembers($id: ID!) {
    organization(id: $id) {
      id
      members {
        userId
        displayName
        email
        role
        joinedAt
      }
      pendingInvitations {
        id
        email
        role
        createdAt
        expiresAt
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($orgId: ID!, $input: InviteMemberInput!) {
    inviteMember(orgId: $orgId, input: $input) {
      id
      email
      role
      token
      createdAt
      expiresAt
    }
  }
`);

export const SetMemberRoleMutation = graphql(`
  mutation SetMemberRole($orgId: ID!, $userId: ID!, $role: MemberRole!) {
    setMemberRole(orgId: $orgId, userId: $userId, role: $role)
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($orgId: ID!, $userId: ID!) {
    removeMember(orgId: $orgId, userId: $userId)
  }
`);
