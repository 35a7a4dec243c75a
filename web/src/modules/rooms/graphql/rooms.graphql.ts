import { graphql } from "../../../graphql/graphql";

export const OfferTermsFields = graphql(`
  fragment OfferTermsFields on OfferTerms {
    mode
    currency
    upfrontFee
    milestones {
      amount
      condition
      dueOn
    }
    royalty {
      ratePercent
      base
      annualCap
      totalCap
    }
    payLater {
      kind
      deferredAmount
      deferredMonthsAfterFirstRevenue
    }
    exclusivity
    territory
    termYears
    equity {
      valuation
      technologySharePercent
      teamSharePercent
      remainderHolder
      cashInvestment
    }
    investFirst {
      fundingAmount
      conditions
      equityPercentOnConversion
      convertBy
    }
    rightsGrant {
      kind
      years
    }
    incomeSplit {
      researchersPercent
      transferStaffPercentOfRetained
    }
  }
`);

export const OfferFields = graphql(
  `
  fragment OfferFields on Offer {
    id
    number
    status
    note
    createdAt
    previousOfferId
    proposerSide
    pendingSides
    buyerAcceptedAt
    sellerAcceptedAt
    proposer {
      id
      displayName
    }
    terms {
      ...OfferTermsFields
    }
    changes {
      path
      kind
      before
      after
    }
    issues {
      code
      severity
      path
      measure
    }
  }
`,
  [OfferTermsFields],
);

export const RoomEventFields = graphql(`
  fragment RoomEventFields on RoomEvent {
    kind
    seq
    at
    body
    clientId
    online
    typing
    readSeq
    side
    actor {
      id
      displayName
    }
    subjectUser {
      id
      displayName
    }
    offer {
      id
      number
    }
  }
`);

export const RoomsQuery = graphql(
  `
  query Rooms($first: Int!) {
    rooms(first: $first) {
      edges {
        node {
          id
          origin
          status
          unreadCount
          lastEventAt
          viewerSide
          buyer {
            id
            kind
            nameZh
            nameEn
          }
          seller {
            id
            kind
            nameZh
            nameEn
          }
          achievement {
            id
            titleZh
            titleEn
          }
          demand {
            id
            titleZh
            titleEn
          }
          lastEvent {
            ...RoomEventFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`,
  [RoomEventFields],
);

export const RoomUnreadCountQuery = graphql(`
  query RoomUnreadCount {
    roomUnreadCount
  }
`);

export const RoomQuery = graphql(
  `
  query Room($id: ID!) {
    room(id: $id) {
      id
      origin
      status
      viewerSide
      lastSeq
      createdAt
      buyer {
        id
            kind
            nameZh
            nameEn
      }
      seller {
        id
            kind
            nameZh
            nameEn
      }
      achievement {
        id
        titleZh
        titleEn
        transferModes
        rightsStatus
        rightsUseYears
        negativeList
        publiclyFunded
      }
      demand {
        id
        titleZh
        titleEn
      }
      brokers {
        id
        displayName
      }
      online {
        id
        displayName
      }
      readMarkers {
        lastReadSeq
        user {
          id
          displayName
        }
      }
      offers {
        ...OfferFields
      }
      deal {
        id
        status
        agreedAt
        offer {
          id
          number
        }
        terms {
          ...OfferTermsFields
        }
      }
      events(limit: 100) {
        hasMore
        events {
          ...RoomEventFields
        }
      }
    }
  }
`,
  [OfferFields, OfferTermsFields, RoomEventFields],
);

export const EarlierRoomEventsQuery = graphql(
  `
  query EarlierRoomEvents($id: ID!, $beforeSeq: Int!) {
    room(id: $id) {
      id
      events(beforeSeq: $beforeSeq, limit: 100) {
        hasMore
        events {
          ...RoomEventFields
        }
      }
    }
  }
`,
  [RoomEventFields],
);

export const RoomEventsSubscription = graphql(
  `
  subscription RoomEvents($roomId: ID!, $afterSeq: Int) {
    roomEvents(roomId: $roomId, afterSeq: $afterSeq) {
      ...RoomEventFields
    }
  }
`,
  [RoomEventFields],
);

export const SendMessageMutation = graphql(
  `
  mutation SendMessage($roomId: ID!, $body: String!, $clientId: String!) {
    sendMessage(roomId: $roomId, body: $body, clientId: $clientId) {
      ...RoomEventFields
    }
  }
`,
  [RoomEventFields],
);

export const MarkReadMutation = graphql(`
  mutation MarkRead($roomId: ID!, $seq: Int!) {
    markRead(roomId: $roomId, seq: $seq) {
      lastReadSeq
    }
  }
`);

export const SetTypingMutation = graphql(`
  mutation SetTyping($roomId: ID!, $typing: Boolean!) {
    setTyping(roomId: $roomId, typing: $typing)
  }
`);

export const ProposeOfferMutation = graphql(
  `
  mutation ProposeOffer($roomId: ID!, $terms: OfferTermsInput!, $note: String, $clientId: String) {
    proposeOffer(roomId: $roomId, terms: $terms, note: $note, clientId: $clientId) {
      ...OfferFields
    }
  }
`,
  [OfferFields],
);

export const CounterOfferMutation = graphql(
  `
  mutation CounterOffer($offerId: ID!, $terms: OfferTermsInput!, $note: String, $clientId: String) {
    counterOffer(offerId: $offerId, terms: $terms, note: $note, clientId: $clientId) {
      ...OfferFields
    }
  }
`,
  [OfferFields],
);

export const AcceptOfferMutation = graphql(
  `
  mutation AcceptOffer($offerId: ID!) {
    acceptOffer(offerId: $offerId) {
      ...OfferFields
    }
  }
`,
  [OfferFields],
);

export const WithdrawOfferMutation = graphql(
  `
  mutation WithdrawOffer($offerId: ID!) {
    withdrawOffer(offerId: $offerId) {
      ...OfferFields
    }
  }
`,
  [OfferFields],
);
