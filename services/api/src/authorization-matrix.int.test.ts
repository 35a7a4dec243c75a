import {
  brokerProfiles,
  matches,
  memberships,
  notifications,
  organizations,
  users,
} from "@openttc/db/schema";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "./graphql/schema";
import {
  ACCEPT_OFFER,
  ADD_ROOM_BROKER,
  COUNTER_OFFER,
  licenceTerms,
  MARK_READ,
  OPEN_ROOM,
  PROPOSE_OFFER,
  SEND_MESSAGE,
  SET_TYPING,
  WITHDRAW_OFFER,
} from "./modules/rooms/rooms.fixtures";
import {
  ACCEPT_DEMAND_NDA,
  ACCEPT_INVITATION,
  APPROVE_ACHIEVEMENT,
  achievementInput,
  addMember,
  answerInput,
  buildWorld,
  CREATE_ACHIEVEMENT,
  CREATE_DEMAND,
  CREATE_ORGANIZATION,
  createAchievement,
  createDemand,
  DECIDE_ANSWER,
  demandInput,
  EVALUATE_ANSWER,
  INVITE_MEMBER,
  INVITE_TO_DEMAND,
  openDemand,
  organizationInput,
  publishAchievement,
  REJECT_ACHIEVEMENT,
  REVERIFY_ACHIEVEMENT,
  SUBMIT_ANSWER,
  submitAchievement,
  submitAnswer,
  TRANSITION_ACHIEVEMENT,
  TRANSITION_DEMAND,
  UPDATE_ACHIEVEMENT,
  UPDATE_DEMAND,
  type World,
} from "./test-support/fixtures";
import {
  type Data,
  describeWithDb,
  GqlClient,
  type TestEnv,
  type TestUser,
  unique,
} from "./test-support/harness";

/** Who acts: nobody, a member of an unrelated organization, the organization's member and admin, platform staff. */
const ACTORS = ["anonymous", "outsider", "member", "admin", "reviewer", "operator"] as const;
type Actor = (typeof ACTORS)[number];
type Refusal = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";
type Outcome = "ok" | Refusal;

/** The organization a row is about: its member and admin act as "member" and "admin". */
type Side = "institute" | "enterprise";

interface Cast {
  w: World;
  outsider: TestUser;
  spare: TestUser;
  spareSessionId: string;
}

interface MutationRow {
  mutation: string;
  target: string;
  side: Side;
  expect: Record<Actor, Outcome>;
  /** Actors whose successful call writes nothing (e.g. logging out without a session). */
  noWrite?: Actor[];
  /** The actor needs a session of its own that the call may end. */
  freshSession?: boolean;
  prepare(env: TestEnv, cast: Cast): Promise<{ query: string; variables: Record<string, unknown> }>;
}

const row = (
  anonymous: Outcome,
  outsider: Outcome,
  member: Outcome,
  admin: Outcome,
  reviewer: Outcome,
  operator: Outcome,
) => ({
  anonymous,
  outsider,
  member,
  admin,
  reviewer,
  operator,
});

/** Owner-only writes on a listing everyone can see: outsiders are FORBIDDEN. */
const OWNERS_ON_VISIBLE = row("UNAUTHENTICATED", "FORBIDDEN", "ok", "ok", "FORBIDDEN", "FORBIDDEN");
/** Owner-only writes on a draft: outsiders and reviewers cannot even see it; operators see but may not write. */
const OWNERS_ON_DRAFT = row("UNAUTHENTICATED", "NOT_FOUND", "ok", "ok", "NOT_FOUND", "FORBIDDEN");
/** Writes reserved to the organization's admins. */
const ADMINS_ONLY = row(
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "FORBIDDEN",
  "ok",
  "FORBIDDEN",
  "FORBIDDEN",
);
/** Review decisions. */
const REVIEWERS_ONLY = row("UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "ok", "ok");
/** Platform administration. */
const OPERATORS_ONLY = row(
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "FORBIDDEN",
  "FORBIDDEN",
  "FORBIDDEN",
  "ok",
);
/** Decisions on an answer: only the exam paper's organization; others cannot see the answer. */
const PAPER_OWNERS_ON_ANSWER = row(
  "UNAUTHENTICATED",
  "NOT_FOUND",
  "ok",
  "ok",
  "NOT_FOUND",
  "FORBIDDEN",
);
const ANY_SIGNED_IN = row("UNAUTHENTICATED", "ok", "ok", "ok", "ok", "ok");
const ANYONE = row("ok", "ok", "ok", "ok", "ok", "ok");

const SET_ROLE = `mutation ($orgId: ID!, $userId: ID!) { setMemberRole(orgId: $orgId, userId: $userId, role: ADMIN) }`;
const REMOVE_MEMBER = `mutation ($orgId: ID!, $userId: ID!) { removeMember(orgId: $orgId, userId: $userId) }`;

/** Puts the spare user back as a plain member of the institute, whatever an earlier case did. */
async function resetSpare(env: TestEnv, { w, spare }: Cast) {
  await env.db
    .delete(memberships)
    .where(and(eq(memberships.orgId, w.institute.id), eq(memberships.userId, spare.id)));
  await env.db
    .insert(memberships)
    .values({ orgId: w.institute.id, userId: spare.id, role: "member" });
  await env.db.update(users).set({ platformRoles: [] }).where(eq(users.id, spare.id));
}

/** Room writes: the two parties' members only; operators audit but do not write. */
const ROOM_PARTICIPANTS = row("UNAUTHENTICATED", "FORBIDDEN", "ok", "ok", "FORBIDDEN", "FORBIDDEN");

/** A new room: the enterprise's inquiry on a newly published achievement of the institute. */
async function enterpriseRoom({ w }: Cast): Promise<string> {
  const achievementId = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id);
  const data = await w.entAdmin.client.ok(OPEN_ROOM, {
    input: { achievementId, asOrgId: w.enterprise.id },
  });
  return data.openRoom.id;
}

/** An offer the institute proposed in a new room, awaiting the enterprise. */
async function instituteOffer(cast: Cast): Promise<string> {
  const roomId = await enterpriseRoom(cast);
  const data = await cast.w.instAdmin.client.ok(PROPOSE_OFFER, { roomId, terms: licenceTerms() });
  return data.proposeOffer.id;
}

function roomRows(): MutationRow[] {
  const room = (
    mutation: string,
    target: string,
    prepare: MutationRow["prepare"],
    extra: Partial<MutationRow> = {},
  ): MutationRow => ({
    mutation,
    target,
    side: "enterprise",
    expect: ROOM_PARTICIPANTS,
    prepare,
    ...extra,
  });
  return [
    room(
      "openRoom",
      "an inquiry for the enterprise on a published achievement",
      async (_env, { w }) => ({
        query: OPEN_ROOM,
        variables: {
          input: {
            achievementId: await publishAchievement(w.instAdmin, w.reviewer, w.institute.id),
            asOrgId: w.enterprise.id,
          },
        },
      }),
    ),
    room("addRoomBroker", "a broker into the enterprise's room", async (env, cast) => {
      const broker = await env.signUp("MatrixBroker");
      await env.db.insert(brokerProfiles).values({ userId: broker.id, tier: "junior" });
      return {
        query: ADD_ROOM_BROKER,
        variables: { roomId: await enterpriseRoom(cast), brokerUserId: broker.id },
      };
    }),
    room("sendMessage", "the enterprise's room", async (_env, cast) => ({
      query: SEND_MESSAGE,
      variables: {
        roomId: await enterpriseRoom(cast),
        body: "你好",
        clientId: unique("client-id"),
      },
    })),
    room("proposeOffer", "the enterprise's room", async (_env, cast) => ({
      query: PROPOSE_OFFER,
      variables: { roomId: await enterpriseRoom(cast), terms: licenceTerms() },
    })),
    room("counterOffer", "the institute's offer to the enterprise", async (_env, cast) => ({
      query: COUNTER_OFFER,
      variables: { offerId: await instituteOffer(cast), terms: licenceTerms({ upfrontFee: 1 }) },
    })),
    room("acceptOffer", "the institute's offer to the enterprise", async (_env, cast) => ({
      query: ACCEPT_OFFER,
      variables: { offerId: await instituteOffer(cast) },
    })),
    room("withdrawOffer", "the enterprise's own offer", async (_env, cast) => {
      const roomId = await enterpriseRoom(cast);
      const data = await cast.w.entAdmin.client.ok(PROPOSE_OFFER, {
        roomId,
        terms: licenceTerms(),
      });
      return { query: WITHDRAW_OFFER, variables: { offerId: data.proposeOffer.id } };
    }),
    room("markRead", "the enterprise's room", async (_env, cast) => ({
      query: MARK_READ,
      variables: { roomId: await enterpriseRoom(cast), seq: 1 },
    })),
    room(
      "setTyping",
      "the enterprise's room",
      async (_env, cast) => ({
        query: SET_TYPING,
        variables: { roomId: await enterpriseRoom(cast), typing: true },
      }),
      { noWrite: ["member", "admin"] },
    ),
  ];
}

const MUTATIONS: MutationRow[] = [
  {
    mutation: "signUp",
    target: "a new e-mail address",
    side: "institute",
    expect: ANYONE,
    prepare: async () => ({
      query: `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }`,
      variables: {
        input: {
          email: `${unique("matrix")}@example.org`,
          password: "long enough secret",
          displayName: "New",
        },
      },
    }),
  },
  {
    mutation: "logIn",
    target: "another user's correct credentials",
    side: "institute",
    expect: ANYONE,
    prepare: async (_env, { spare }) => ({
      query: `mutation ($input: LogInInput!) { logIn(input: $input) { user { id } } }`,
      variables: { input: { email: spare.email, password: spare.password } },
    }),
  },
  {
    mutation: "logOut",
    target: "the caller's own session",
    side: "institute",
    expect: ANYONE,
    noWrite: ["anonymous"],
    freshSession: true,
    prepare: async () => ({ query: `mutation { logOut }`, variables: {} }),
  },
  {
    mutation: "revokeSession",
    target: "another user's session",
    side: "institute",
    expect: row("UNAUTHENTICATED", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"),
    prepare: async (_env, { spareSessionId }) => ({
      query: `mutation ($id: ID!) { revokeSession(id: $id) }`,
      variables: { id: spareSessionId },
    }),
  },
  {
    mutation: "updateProfile",
    target: "the caller's own profile",
    side: "institute",
    expect: ANY_SIGNED_IN,
    prepare: async () => ({
      query: `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`,
      variables: { input: { displayName: unique("name") } },
    }),
  },
  {
    mutation: "setPlatformRoles",
    target: "another user",
    side: "institute",
    expect: OPERATORS_ONLY,
    prepare: async (env, cast) => {
      await resetSpare(env, cast);
      return {
        query: `mutation ($userId: ID!) { setPlatformRoles(userId: $userId, roles: [REVIEWER]) { id } }`,
        variables: { userId: cast.spare.id },
      };
    },
  },
  {
    mutation: "createOrganization",
    target: "a new organization",
    side: "institute",
    expect: ANY_SIGNED_IN,
    prepare: async () => ({
      query: CREATE_ORGANIZATION,
      variables: { input: organizationInput("UNIVERSITY") },
    }),
  },
  {
    mutation: "inviteMember",
    target: "the institute",
    side: "institute",
    expect: ADMINS_ONLY,
    prepare: async (_env, { w }) => ({
      query: INVITE_MEMBER,
      variables: { orgId: w.institute.id, input: { email: `${unique("inv")}@example.org` } },
    }),
  },
  {
    mutation: "acceptInvitation",
    target: "an invitation addressed to someone else",
    side: "institute",
    expect: row("UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"),
    prepare: async (_env, { w }) => {
      const inv = await w.instAdmin.client.ok(INVITE_MEMBER, {
        orgId: w.institute.id,
        input: { email: `${unique("someone")}@example.org` },
      });
      return { query: ACCEPT_INVITATION, variables: { token: inv.inviteMember.token } };
    },
  },
  {
    mutation: "setMemberRole",
    target: "a member of the institute",
    side: "institute",
    expect: ADMINS_ONLY,
    prepare: async (env, cast) => {
      await resetSpare(env, cast);
      return { query: SET_ROLE, variables: { orgId: cast.w.institute.id, userId: cast.spare.id } };
    },
  },
  {
    mutation: "removeMember",
    target: "another member of the institute",
    side: "institute",
    expect: ADMINS_ONLY,
    prepare: async (env, cast) => {
      await resetSpare(env, cast);
      return {
        query: REMOVE_MEMBER,
        variables: { orgId: cast.w.institute.id, userId: cast.spare.id },
      };
    },
  },
  {
    mutation: "setOrganizationVerified",
    target: "the institute",
    side: "institute",
    expect: OPERATORS_ONLY,
    prepare: async (env, { w }) => {
      await env.db
        .update(organizations)
        .set({ verified: false })
        .where(eq(organizations.id, w.institute.id));
      return {
        query: `mutation ($id: ID!) { setOrganizationVerified(id: $id, verified: true) { id } }`,
        variables: { id: w.institute.id },
      };
    },
  },
  {
    mutation: "createAchievement",
    target: "the institute",
    side: "institute",
    expect: row("UNAUTHENTICATED", "FORBIDDEN", "ok", "ok", "FORBIDDEN", "FORBIDDEN"),
    prepare: async (_env, { w }) => ({
      query: CREATE_ACHIEVEMENT,
      variables: { orgId: w.institute.id, input: achievementInput() },
    }),
  },
  {
    mutation: "updateAchievement",
    target: "a draft",
    side: "institute",
    expect: OWNERS_ON_DRAFT,
    prepare: async (_env, { w }) => ({
      query: UPDATE_ACHIEVEMENT,
      variables: { id: await createAchievement(w.instAdmin, w.institute.id), input: { trl: 8 } },
    }),
  },
  {
    mutation: "updateAchievement",
    target: "a published achievement",
    side: "institute",
    expect: OWNERS_ON_VISIBLE,
    prepare: async (_env, { w }) => ({
      query: UPDATE_ACHIEVEMENT,
      variables: {
        id: await publishAchievement(w.instAdmin, w.reviewer, w.institute.id),
        input: { trl: 8 },
      },
    }),
  },
  {
    mutation: "transitionAchievement",
    target: "submitting a draft",
    side: "institute",
    expect: OWNERS_ON_DRAFT,
    prepare: async (_env, { w }) => ({
      query: TRANSITION_ACHIEVEMENT,
      variables: { id: await createAchievement(w.instAdmin, w.institute.id), action: "SUBMIT" },
    }),
  },
  {
    mutation: "approveAchievement",
    target: "an achievement awaiting review",
    side: "institute",
    expect: REVIEWERS_ONLY,
    prepare: async (_env, { w }) => ({
      query: APPROVE_ACHIEVEMENT,
      variables: { id: await submitAchievement(w.instAdmin, w.institute.id) },
    }),
  },
  {
    mutation: "rejectAchievement",
    target: "an achievement awaiting review",
    side: "institute",
    expect: REVIEWERS_ONLY,
    prepare: async (_env, { w }) => ({
      query: REJECT_ACHIEVEMENT,
      variables: { id: await submitAchievement(w.instAdmin, w.institute.id), reason: "不完整" },
    }),
  },
  {
    mutation: "reverifyAchievement",
    target: "a published achievement",
    side: "institute",
    expect: OWNERS_ON_VISIBLE,
    prepare: async (_env, { w }) => ({
      query: REVERIFY_ACHIEVEMENT,
      variables: { id: await publishAchievement(w.instAdmin, w.reviewer, w.institute.id) },
    }),
  },
  {
    mutation: "createDemand",
    target: "the enterprise",
    side: "enterprise",
    expect: row("UNAUTHENTICATED", "FORBIDDEN", "ok", "ok", "FORBIDDEN", "FORBIDDEN"),
    prepare: async (env, { w }) => ({
      query: CREATE_DEMAND,
      variables: { orgId: w.enterprise.id, input: demandInput(env.clock) },
    }),
  },
  {
    mutation: "updateDemand",
    target: "a draft exam paper",
    side: "enterprise",
    expect: OWNERS_ON_DRAFT,
    prepare: async (env, { w }) => ({
      query: UPDATE_DEMAND,
      variables: { id: await createDemand(env, w.entAdmin, w.enterprise.id), input: { minTrl: 7 } },
    }),
  },
  {
    mutation: "transitionDemand",
    target: "opening a draft exam paper",
    side: "enterprise",
    expect: OWNERS_ON_DRAFT,
    prepare: async (env, { w }) => ({
      query: TRANSITION_DEMAND,
      variables: { id: await createDemand(env, w.entAdmin, w.enterprise.id), action: "OPEN" },
    }),
  },
  {
    mutation: "inviteToDemand",
    target: "an open exam paper",
    side: "enterprise",
    expect: OWNERS_ON_VISIBLE,
    prepare: async (env, { w }) => ({
      query: INVITE_TO_DEMAND,
      variables: {
        demandId: await openDemand(env, w.entAdmin, w.enterprise.id),
        orgId: w.institute.id,
      },
    }),
  },
  {
    mutation: "acceptDemandNda",
    target: "on behalf of the institute",
    side: "institute",
    expect: OWNERS_ON_VISIBLE,
    prepare: async (env, { w }) => ({
      query: ACCEPT_DEMAND_NDA,
      variables: {
        demandId: await openDemand(env, w.entAdmin, w.enterprise.id),
        orgId: w.institute.id,
      },
    }),
  },
  {
    mutation: "submitAnswer",
    target: "on behalf of the institute",
    side: "institute",
    expect: OWNERS_ON_VISIBLE,
    prepare: async (env, { w }) => ({
      query: SUBMIT_ANSWER,
      variables: {
        orgId: w.institute.id,
        input: answerInput(await openDemand(env, w.entAdmin, w.enterprise.id)),
      },
    }),
  },
  {
    mutation: "decideAnswer",
    target: "an answer to the enterprise's exam paper",
    side: "enterprise",
    expect: PAPER_OWNERS_ON_ANSWER,
    prepare: async (env, { w }) => {
      const answerId = await submitAnswer(
        w.instAdmin,
        w.institute.id,
        await openDemand(env, w.entAdmin, w.enterprise.id),
      );
      return { query: DECIDE_ANSWER, variables: { input: { answerId, decision: "SHORTLIST" } } };
    },
  },
  {
    mutation: "evaluateAnswer",
    target: "an answer to the enterprise's exam paper",
    side: "enterprise",
    expect: PAPER_OWNERS_ON_ANSWER,
    prepare: async (env, { w }) => {
      const answerId = await submitAnswer(
        w.instAdmin,
        w.institute.id,
        await openDemand(env, w.entAdmin, w.enterprise.id),
      );
      const scores = [
        { criterion: "technical_merit", score: 4 },
        { criterion: "cost", score: 2 },
      ];
      return {
        query: EVALUATE_ANSWER,
        variables: { input: { answerId, scores, comment: "评价" } },
      };
    },
  },
  {
    mutation: "markNotificationRead",
    target: "a notification addressed to the admin",
    side: "institute",
    expect: row("UNAUTHENTICATED", "NOT_FOUND", "NOT_FOUND", "ok", "NOT_FOUND", "NOT_FOUND"),
    prepare: async (env, { w }) => {
      const [n] = await env.db
        .insert(notifications)
        .values({
          userId: w.instAdmin.id,
          kind: "test",
          entityType: "organization",
          entityId: w.institute.id,
        })
        .returning({ id: notifications.id });
      return {
        query: `mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`,
        variables: { id: n?.id },
      };
    },
  },
  {
    mutation: "markMatch",
    target: "a match of the enterprise's exam paper",
    side: "enterprise",
    expect: OWNERS_ON_VISIBLE,
    prepare: async (env, { w }) => {
      const demandId = await openDemand(env, w.entAdmin, w.enterprise.id);
      const achievementId = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id);
      const [m] = await env.db
        .insert(matches)
        .values({
          demandId,
          achievementId,
          score: 0.8,
          components: { text: 0.7 },
          explanation: {
            components: [],
            matchedTerms: [],
            highlights: { demand: [], achievement: [] },
            sentences: {},
          },
          weightsVersion: 0,
        })
        .returning({ id: matches.id });
      return {
        query: `mutation ($id: ID!) { markMatch(matchId: $id, action: CONTACTED) { id } }`,
        variables: { id: m?.id },
      };
    },
  },
  ...roomRows(),
];

/** A query on a confidential field: what each actor should get. */
type Visibility = "shown" | "null" | Refusal;

interface FieldRow {
  field: string;
  side: Side;
  expect: Record<Actor, Visibility>;
  query: string;
  variables(t: QueryTargets, cast: Cast): Record<string, unknown>;
  /** The field's value in a successful response. */
  read(data: Data, t: QueryTargets): unknown;
  /** What the authorised see. */
  shown(t: QueryTargets, cast: Cast): unknown;
}

async function buildQueryTargets(env: TestEnv, { w }: Cast) {
  const demand = await openDemand(env, w.entAdmin, w.enterprise.id);
  await w.hospAdmin.client.ok(ACCEPT_DEMAND_NDA, { demandId: demand, orgId: w.hospital.id });
  const answer = await submitAnswer(w.hospAdmin, w.hospital.id, demand);
  await w.entAdmin.client.ok(EVALUATE_ANSWER, {
    input: {
      answerId: answer,
      scores: [
        { criterion: "technical_merit", score: 5 },
        { criterion: "cost", score: 4 },
      ],
      comment: "很好",
    },
  });
  const published = await submitAchievement(w.instAdmin, w.institute.id);
  await w.reviewer.client.ok(APPROVE_ACHIEVEMENT, { id: published, note: "材料齐全" });
  const rejected = await submitAchievement(w.instAdmin, w.institute.id);
  await w.reviewer.client.ok(REJECT_ACHIEVEMENT, { id: rejected, reason: "缺少证书" });
  const invitation = await w.instAdmin.client.ok(INVITE_MEMBER, {
    orgId: w.institute.id,
    input: { email: `${unique("pending")}@example.org` },
  });
  return {
    demand,
    answer,
    published,
    rejected,
    invitationId: invitation.inviteMember.id as string,
  };
}
type QueryTargets = Awaited<ReturnType<typeof buildQueryTargets>>;

const FIELDS: FieldRow[] = [
  {
    field: "Demand.confidentialZh",
    side: "enterprise",
    expect: {
      anonymous: "null",
      outsider: "null",
      member: "shown",
      admin: "shown",
      reviewer: "null",
      operator: "null",
    },
    query: `query ($id: ID!) { demand(id: $id) { id confidentialZh } }`,
    variables: (t) => ({ id: t.demand }),
    read: (d) => d.demand.confidentialZh,
    shown: () => "机密：目标客户为某手机厂商，年用量 200 万片",
  },
  {
    field: "Demand.confidentialEn",
    side: "enterprise",
    expect: {
      anonymous: "null",
      outsider: "null",
      member: "shown",
      admin: "shown",
      reviewer: "null",
      operator: "null",
    },
    query: `query ($id: ID!) { demand(id: $id) { id confidentialEn } }`,
    variables: (t) => ({ id: t.demand }),
    read: (d) => d.demand.confidentialEn,
    shown: () => "Confidential: the customer is a phone maker, 2 million pieces a year",
  },
  {
    field: "Demand.accessGrants",
    side: "enterprise",
    expect: row2("UNAUTHENTICATED", "FORBIDDEN", "shown", "shown", "FORBIDDEN", "FORBIDDEN"),
    query: `query ($id: ID!) { demand(id: $id) { id accessGrants { kind organization { id } } } }`,
    variables: (t) => ({ id: t.demand }),
    read: (d) => d.demand.accessGrants,
    shown: (_t, { w }) => [{ kind: "NDA", organization: { id: w.hospital.id } }],
  },
  {
    field: "Demand.answers",
    side: "enterprise",
    expect: row2("UNAUTHENTICATED", "FORBIDDEN", "shown", "shown", "FORBIDDEN", "shown"),
    query: `query ($id: ID!) { demand(id: $id) { id answers { totalCount edges { node { id } } } } }`,
    variables: (t) => ({ id: t.demand }),
    read: (d) => d.demand.answers,
    shown: (t) => ({ totalCount: 1, edges: [{ node: { id: t.answer } }] }),
  },
  {
    field: "Answer.evaluation",
    side: "enterprise",
    expect: row2("NOT_FOUND", "NOT_FOUND", "shown", "shown", "NOT_FOUND", "shown"),
    query: `query ($id: ID!) { answer(id: $id) { id evaluation { overall comment } } }`,
    variables: (t) => ({ id: t.answer }),
    read: (d) => d.answer.evaluation,
    shown: () => ({ overall: 4.5, comment: "很好" }),
  },
  {
    field: "Organization.members",
    side: "institute",
    expect: row2("UNAUTHENTICATED", "FORBIDDEN", "shown", "shown", "FORBIDDEN", "shown"),
    query: `query ($id: ID!) { organization(id: $id) { id members { userId email } } }`,
    variables: (_t, { w }) => ({ id: w.institute.id }),
    read: (d) => d.organization.members.slice(0, 2),
    shown: (_t, { w }) => [
      { userId: w.instAdmin.id, email: w.instAdmin.email },
      { userId: w.instMember.id, email: w.instMember.email },
    ],
  },
  {
    field: "Organization.pendingInvitations",
    side: "institute",
    expect: row2("UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "shown", "FORBIDDEN", "FORBIDDEN"),
    query: `query ($id: ID!) { organization(id: $id) { id pendingInvitations { id token } } }`,
    variables: (_t, { w }) => ({ id: w.institute.id }),
    read: (d, t) => d.organization.pendingInvitations.find((i: Data) => i.id === t.invitationId),
    shown: (t) => ({ id: t.invitationId, token: null }),
  },
  {
    field: "Achievement.reviewNote (published)",
    side: "institute",
    expect: {
      anonymous: "null",
      outsider: "null",
      member: "shown",
      admin: "shown",
      reviewer: "shown",
      operator: "shown",
    },
    query: `query ($id: ID!) { achievement(id: $id) { id reviewNote } }`,
    variables: (t) => ({ id: t.published }),
    read: (d) => d.achievement.reviewNote,
    shown: () => "材料齐全",
  },
  {
    field: "Achievement.reviewNote (rejected)",
    side: "institute",
    expect: row2("NOT_FOUND", "NOT_FOUND", "shown", "shown", "shown", "shown"),
    query: `query ($id: ID!) { achievement(id: $id) { id reviewNote } }`,
    variables: (t) => ({ id: t.rejected }),
    read: (d) => d.achievement.reviewNote,
    shown: () => "缺少证书",
  },
];

function row2(
  anonymous: Visibility,
  outsider: Visibility,
  member: Visibility,
  admin: Visibility,
  reviewer: Visibility,
  operator: Visibility,
): Record<Actor, Visibility> {
  return { anonymous, outsider, member, admin, reviewer, operator };
}

describeWithDb("authorization matrix", (env) => {
  let cast: Cast;

  beforeAll(async () => {
    const w = await buildWorld(env);
    const [outsider, spare] = await Promise.all([env.signUp("Outsider"), env.signUp("Spare")]);
    await addMember(w.otherAdmin, w.otherInstitute.id, outsider);
    const me = await spare.client.ok(`query { me { sessions { id } } }`);
    cast = { w, outsider, spare, spareSessionId: me.me.sessions[0].id };
  });

  function userOf(actor: Exclude<Actor, "anonymous">, side: Side): TestUser {
    const { w, outsider } = cast;
    switch (actor) {
      case "outsider":
        return outsider;
      case "member":
        return side === "institute" ? w.instMember : w.entMember;
      case "admin":
        return side === "institute" ? w.instAdmin : w.entAdmin;
      case "reviewer":
        return w.reviewer;
      case "operator":
        return w.operator;
    }
  }

  /** A client acting as `actor`; a copy, so a call that changes its cookie leaves the cast alone. */
  async function clientOf(actor: Actor, side: Side, freshSession = false): Promise<GqlClient> {
    if (actor === "anonymous") return env.anonymous();
    const user = userOf(actor, side);
    if (!freshSession) return user.client.clone(actor);
    const client = new GqlClient(env.app, actor);
    await client.ok(`mutation ($input: LogInInput!) { logIn(input: $input) { user { id } } }`, {
      input: { email: user.email, password: user.password },
    });
    return client;
  }

  it("covers every mutation of the schema", () => {
    const inSchema = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    const covered = [...new Set(MUTATIONS.map((m) => m.mutation))].sort();
    expect(covered).toEqual(inSchema);
  });

  describe("mutations", () => {
    for (const m of MUTATIONS) {
      describe(`${m.mutation} (${m.target})`, () => {
        // A refused call changes nothing, so its target serves the next actor too; a success uses it up.
        let prepared: Awaited<ReturnType<MutationRow["prepare"]>> | null = null;
        it.each(ACTORS.map((actor) => [actor, m.expect[actor]] as const))(
          "%s → %s",
          async (actor, outcome) => {
            const client = await clientOf(actor, m.side, m.freshSession);
            if (outcome === "ok" || !prepared) prepared = await m.prepare(env, cast);
            const { query, variables } = prepared;
            if (outcome === "ok") prepared = null;
            const before = await env.snapshot();
            const res = await client.request<Data>(query, variables);
            const after = await env.snapshot();
            if (outcome === "ok") {
              expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
              expect(res.data?.[m.mutation]).not.toBeNull();
              if (!m.noWrite?.includes(actor))
                expect(after, "a successful call writes").not.toEqual(before);
            } else {
              expect(
                res.errors?.[0]?.extensions?.code,
                JSON.stringify(res.data ?? res.errors),
              ).toBe(outcome);
              expect(res.data?.[m.mutation] ?? null).toBeNull();
              expect(after, "a refused call changes nothing").toEqual(before);
            }
          },
        );
      });
    }
  });

  describe("confidential fields", () => {
    let t: QueryTargets;
    beforeAll(async () => {
      t = await buildQueryTargets(env, cast);
    });

    for (const f of FIELDS) {
      describe(f.field, () => {
        it.each(ACTORS.map((actor) => [actor, f.expect[actor]] as const))(
          "%s → %s",
          async (actor, visibility) => {
            const client = await clientOf(actor, f.side);
            const res = await client.request<Data>(f.query, f.variables(t, cast));
            if (visibility === "shown") {
              expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
              expect(f.read(res.data as Data, t)).toEqual(f.shown(t, cast));
            } else if (visibility === "null") {
              expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
              expect(f.read(res.data as Data, t)).toBeNull();
            } else {
              expect(res.errors?.[0]?.extensions?.code).toBe(visibility);
              const path = res.errors?.[0]?.path ?? [];
              // Either the whole object is hidden, or just the field, never anything more.
              expect(path.length).toBeGreaterThan(0);
              let value: unknown = res.data;
              for (const key of path)
                value = (value as Record<string | number, unknown> | null)?.[key];
              expect(value ?? null).toBeNull();
            }
          },
        );
      });
    }

    it("User.email, sessions and memberships show only to the user themself", async () => {
      const anonymous = await env.anonymous().ok(`query { me { id email } }`);
      expect(anonymous.me).toBeNull();
      for (const actor of ACTORS.filter((a) => a !== "anonymous")) {
        const user = userOf(actor, "institute");
        const { me } = await (await clientOf(actor, "institute")).ok(
          `query { me { id email sessions { id current } memberships { role organization { id } } } }`,
        );
        expect(me.id).toBe(user.id);
        expect(me.email).toBe(user.email);
        expect(me.sessions.some((s: Data) => s.current)).toBe(true);
      }
      const { me } = await cast.w.instAdmin.client.ok(
        `query { me { memberships { role organization { id } } } }`,
      );
      expect(me.memberships).toContainEqual({
        role: "ADMIN",
        organization: { id: cast.w.institute.id },
      });
      // The only way to another user's User object is an operator's setPlatformRoles: private fields stay empty.
      const other = await cast.w.operator.client.ok(
        `mutation ($id: ID!) { setPlatformRoles(userId: $id, roles: []) { id email sessions { id } memberships { role } } }`,
        { id: cast.w.instMember.id },
      );
      expect(other.setPlatformRoles).toEqual({
        id: cast.w.instMember.id,
        email: null,
        sessions: [],
        memberships: [],
      });
    });
  });
});
