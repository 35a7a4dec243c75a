import { graphql } from "../../../graphql/graphql";

export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    notifications(unreadOnly: true, limit: 100) {
      id
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($limit: Int) {
    notifications(limit: $limit) {
      id
      kind
      entityType
      entityId
      payload
      createdAt
      readAt
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);
