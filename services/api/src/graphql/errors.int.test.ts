import { beforeAll, describe, expect, it } from "vitest";
import {
  ACHIEVEMENT,
  ACHIEVEMENTS,
  APPROVE_ACHIEVEMENT,
  achievementInput,
  answerInput,
  buildWorld,
  CREATE_ACHIEVEMENT,
  CREATE_DEMAND,
  CREATE_ORGANIZATION,
  createAchievement,
  createDemand,
  DECIDE_ANSWER,
  DEMANDS,
  demandInput,
  EVALUATE_ANSWER,
  INVITE_TO_DEMAND,
  openDemand,
  organizationInput,
  publishAchievement,
  REJECT_ACHIEVEMENT,
  SUBMIT_ANSWER,
  submitAchievement,
  submitAnswer,
  TRANSITION_ACHIEVEMENT,
  TRANSITION_DEMAND,
  UPDATE_ACHIEVEMENT,
  UPDATE_DEMAND,
  type World,
} from "../test-support/fixtures";
import { describeWithDb, type GqlClient, TestClock, type TestEnv } from "../test-support/harness";

/** Targets in every state the cases need, built once per driver. */
async function buildTargets(env: TestEnv, w: World) {
  const draft = await createAchievement(w.instAdmin, w.institute.id);
  const pending = await submitAchievement(w.instAdmin, w.institute.id);
  const published = await publishAchievement(w.instAdmin, w.reviewer, w.institute.id);
  const withdrawn = await createAchievement(w.instAdmin, w.institute.id);
  await w.instAdmin.client.ok(TRANSITION_ACHIEVEMENT, { id: withdrawn, action: "WITHDRAW" });
  const openPaper = await openDemand(env, w.entAdmin, w.enterprise.id);
  const openAnswer = await submitAnswer(w.instAdmin, w.institute.id, openPaper);
  const closedPaper = await openDemand(env, w.entAdmin, w.enterprise.id);
  const closedAnswer = await submitAnswer(w.instAdmin, w.institute.id, closedPaper);
  await w.entAdmin.client.ok(TRANSITION_DEMAND, { id: closedPaper, action: "CLOSE" });
  const cancelledPaper = await createDemand(env, w.entAdmin, w.enterprise.id);
  await w.entAdmin.client.ok(TRANSITION_DEMAND, { id: cancelledPaper, action: "CANCEL" });
  return {
    draft,
    pending,
    published,
    withdrawn,
    openPaper,
    openAnswer,
    closedPaper,
    closedAnswer,
    cancelledPaper,
  };
}
type Targets = Awaited<ReturnType<typeof buildTargets>>;

type Actor = "anonymous" | "instAdmin" | "otherAdmin" | "entAdmin" | "reviewer" | "operator";

interface Case {
  name: string;
  as: Actor;
  query: string;
  variables: (t: Targets, w: World) => Record<string, unknown>;
  code: "BAD_USER_INPUT" | "CONFLICT" | "NOT_FOUND";
  /** The field extensions.field must name; omitted where no field applies. */
  field?: string;
}

const LONG = "长".repeat(10_000);
// Deadlines in the inputs below are taken from a clock of their own, fixed at the suite's start.
const clockFree = new TestClock();
const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

const wrongTypes: Case[] = [
  {
    name: "trl given as a word",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({ orgId: w.institute.id, input: achievementInput({ trl: "seven" }) }),
    code: "BAD_USER_INPUT",
    field: "input.trl",
  },
  {
    name: "page size given as a word",
    as: "anonymous",
    query: ACHIEVEMENTS,
    variables: () => ({ first: "x" }),
    code: "BAD_USER_INPUT",
    field: "first",
  },
  {
    name: "a fractional minimum TRL",
    as: "entAdmin",
    query: CREATE_DEMAND,
    variables: (_t, w) => ({ orgId: w.enterprise.id, input: { minTrl: 2.5 } }),
    code: "BAD_USER_INPUT",
    field: "input.minTrl",
  },
  {
    name: "a price given as a word",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({
      orgId: w.institute.id,
      input: achievementInput({ price: { min: "lots" } }),
    }),
    code: "BAD_USER_INPUT",
    field: "input.price.min",
  },
  {
    name: "an unknown kind of organization",
    as: "instAdmin",
    query: CREATE_ORGANIZATION,
    variables: () => ({ input: organizationInput("ENTERPRISE", { kind: "SPACESHIP" }) }),
    code: "BAD_USER_INPUT",
    field: "input.kind",
  },
  {
    name: "an unknown transfer mode in a list",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({
      orgId: w.institute.id,
      input: achievementInput({ transferModes: ["TRANSFER", "GIFT"] }),
    }),
    code: "BAD_USER_INPUT",
    field: "input.transferModes.1",
  },
  {
    name: "an unknown lifecycle action",
    as: "instAdmin",
    query: TRANSITION_ACHIEVEMENT,
    variables: (t) => ({ id: t.draft, action: "PUBLISH" }),
    code: "BAD_USER_INPUT",
    field: "action",
  },
  {
    name: "a quote given as a word",
    as: "instAdmin",
    query: SUBMIT_ANSWER,
    variables: (t, w) => ({
      orgId: w.institute.id,
      input: answerInput(t.openPaper, { quote: { amount: "free" } }),
    }),
    code: "BAD_USER_INPUT",
    field: "input.quote.amount",
  },
  {
    name: "an impossible calendar date in a variable",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({
      orgId: w.institute.id,
      input: achievementInput({
        ipAssets: [{ number: "CN1", kind: "OTHER", status: "GRANTED", expiresOn: "2027-13-45" }],
      }),
    }),
    code: "BAD_USER_INPUT",
    field: "input.ipAssets.0.expiresOn",
  },
  {
    name: "30 February as a deadline",
    as: "entAdmin",
    query: CREATE_DEMAND,
    variables: (_t, w) => ({
      orgId: w.enterprise.id,
      input: { ...demandInput(clockFree), deadline: "2027-02-30" },
    }),
    code: "BAD_USER_INPUT",
    field: "input.deadline",
  },
];

const missing: Case[] = [
  {
    name: "an organization without its kind",
    as: "instAdmin",
    query: CREATE_ORGANIZATION,
    variables: () => {
      const { kind: _kind, ...rest } = organizationInput("ENTERPRISE");
      return { input: rest };
    },
    code: "BAD_USER_INPUT",
    field: "input.kind",
  },
  {
    name: "an achievement without a TRL",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({ orgId: w.institute.id, input: achievementInput({ trl: undefined }) }),
    code: "BAD_USER_INPUT",
    field: "input.trl",
  },
  {
    name: "an achievement without a field",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({
      orgId: w.institute.id,
      input: achievementInput({ field: undefined }),
    }),
    code: "BAD_USER_INPUT",
    field: "input.field",
  },
  {
    name: "an achievement without a title in either language",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({
      orgId: w.institute.id,
      input: achievementInput({ titleZh: null, titleEn: "   " }),
    }),
    code: "BAD_USER_INPUT",
    field: "input.titleZh",
  },
  {
    name: "an answer without milestones",
    as: "instAdmin",
    query: SUBMIT_ANSWER,
    variables: (t, w) => {
      const { milestones: _m, ...rest } = answerInput(t.openPaper);
      return { orgId: w.institute.id, input: rest };
    },
    code: "BAD_USER_INPUT",
    field: "input.milestones",
  },
  {
    name: "an answer with an empty milestone list",
    as: "instAdmin",
    query: SUBMIT_ANSWER,
    variables: (t, w) => ({
      orgId: w.institute.id,
      input: answerInput(t.openPaper, { milestones: [] }),
    }),
    code: "BAD_USER_INPUT",
    field: "input.milestones",
  },
  {
    name: "an exam paper without indicators",
    as: "entAdmin",
    query: CREATE_DEMAND,
    variables: (_t, w) => ({
      orgId: w.enterprise.id,
      input: { ...demandInput(clockFree), indicators: undefined },
    }),
    code: "BAD_USER_INPUT",
    field: "input.indicators",
  },
  {
    name: "a rejection without its reason argument",
    as: "reviewer",
    query: REJECT_ACHIEVEMENT,
    variables: (t) => ({ id: t.pending }),
    code: "BAD_USER_INPUT",
    field: "reason",
  },
  {
    name: "an evaluation with no scores",
    as: "entAdmin",
    query: EVALUATE_ANSWER,
    variables: (t) => ({ input: { answerId: t.openAnswer, scores: [], comment: "空" } }),
    code: "BAD_USER_INPUT",
    field: "input.scores",
  },
];

const overlong: Case[] = [
  {
    name: "a 10,000-character title",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({ orgId: w.institute.id, input: achievementInput({ titleZh: LONG }) }),
    code: "BAD_USER_INPUT",
    field: "input.titleZh",
  },
  {
    name: "a 10,000-character title in an edit",
    as: "instAdmin",
    query: UPDATE_ACHIEVEMENT,
    variables: (t) => ({ id: t.draft, input: { titleEn: LONG } }),
    code: "BAD_USER_INPUT",
    field: "input.titleEn",
  },
  {
    name: "a 10,000-character exam-paper title",
    as: "entAdmin",
    query: CREATE_DEMAND,
    variables: (_t, w) => ({
      orgId: w.enterprise.id,
      input: { ...demandInput(clockFree), titleZh: LONG },
    }),
    code: "BAD_USER_INPUT",
    field: "input.titleZh",
  },
  {
    name: "a 10,000-character organization name",
    as: "instAdmin",
    query: CREATE_ORGANIZATION,
    variables: () => ({ input: organizationInput("UNIVERSITY", { nameZh: LONG }) }),
    code: "BAD_USER_INPUT",
    field: "input.nameZh",
  },
  {
    name: "a 10,000-character search text",
    as: "anonymous",
    query: ACHIEVEMENTS,
    variables: () => ({ filter: { text: LONG } }),
    code: "BAD_USER_INPUT",
    field: "filter.text",
  },
  {
    name: "a 10,000-character display name at sign-up",
    as: "anonymous",
    query: `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }`,
    variables: () => ({
      input: { email: "long@example.org", password: "long enough secret", displayName: LONG },
    }),
    code: "BAD_USER_INPUT",
    field: "input.displayName",
  },
];

const nulCharacters: Case[] = [
  {
    name: "a title holding a NUL character",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({
      orgId: w.institute.id,
      input: achievementInput({ titleZh: "石墨烯\u0000薄膜" }),
    }),
    code: "BAD_USER_INPUT",
    field: "input.titleZh",
  },
  {
    name: "a keyword holding a NUL character",
    as: "instAdmin",
    query: UPDATE_ACHIEVEMENT,
    variables: (t) => ({ id: t.draft, input: { keywords: ["ok", "bad\u0000"] } }),
    code: "BAD_USER_INPUT",
    field: "input.keywords.1",
  },
  {
    name: "a search text holding a NUL character",
    as: "anonymous",
    query: ACHIEVEMENTS,
    variables: () => ({ filter: { text: "a\u0000b" } }),
    code: "BAD_USER_INPUT",
    field: "filter.text",
  },
  {
    name: "a NUL escape in a literal of the query text",
    as: "anonymous",
    query: `query { demands(filter: { city: "a\\u0000b" }) { totalCount } }`,
    variables: () => ({}),
    code: "BAD_USER_INPUT",
  },
];

const malformedIds: Case[] = [
  ...["abc", "' or 1=1 --", "00000000-0000-0000-0000-00000000000g", ""].map(
    (id): Case => ({
      name: `achievement(id: ${JSON.stringify(id)})`,
      as: "anonymous",
      query: ACHIEVEMENT,
      variables: () => ({ id }),
      code: "BAD_USER_INPUT",
      field: "id",
    }),
  ),
  {
    name: "approving the id abc",
    as: "reviewer",
    query: APPROVE_ACHIEVEMENT,
    variables: () => ({ id: "abc" }),
    code: "BAD_USER_INPUT",
    field: "id",
  },
  {
    name: "editing an exam paper with an SQL fragment as its id",
    as: "entAdmin",
    query: UPDATE_DEMAND,
    variables: () => ({ id: "1; drop table demands; --", input: { titleZh: "x" } }),
    code: "BAD_USER_INPUT",
    field: "id",
  },
  {
    name: "filtering by a malformed organization id",
    as: "anonymous",
    query: ACHIEVEMENTS,
    variables: () => ({ filter: { orgId: "' or 1=1 --" } }),
    code: "BAD_USER_INPUT",
    field: "filter.orgId",
  },
  {
    name: "answering a malformed exam-paper id",
    as: "instAdmin",
    query: SUBMIT_ANSWER,
    variables: (_t, w) => ({ orgId: w.institute.id, input: answerInput("abc") }),
    code: "BAD_USER_INPUT",
    field: "input.demandId",
  },
  {
    name: "inviting a malformed organization id",
    as: "entAdmin",
    query: INVITE_TO_DEMAND,
    variables: (t) => ({ demandId: t.openPaper, orgId: "abc" }),
    code: "BAD_USER_INPUT",
    field: "orgId",
  },
  {
    name: "deciding a malformed answer id",
    as: "entAdmin",
    query: DECIDE_ANSWER,
    variables: () => ({ input: { answerId: "abc", decision: "SHORTLIST" } }),
    code: "BAD_USER_INPUT",
    field: "input.answerId",
  },
  {
    name: "marking a malformed notification id read",
    as: "instAdmin",
    query: `mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`,
    variables: () => ({ id: "abc" }),
    code: "BAD_USER_INPUT",
    field: "id",
  },
  {
    name: "changing the role of a malformed user id",
    as: "instAdmin",
    query: `mutation ($o: ID!, $u: ID!) { setMemberRole(orgId: $o, userId: $u, role: ADMIN) }`,
    variables: (_t, w) => ({ o: w.institute.id, u: "abc" }),
    code: "BAD_USER_INPUT",
    field: "userId",
  },
];

const cursors: Case[] = [
  ...["garbage", cursor(["x"]), cursor([1, 2]), cursor({ a: 1 }), "%%%"].map(
    (after): Case => ({
      name: `achievements after ${JSON.stringify(after)}`,
      as: "anonymous",
      query: ACHIEVEMENTS,
      variables: () => ({ after }),
      code: "BAD_USER_INPUT",
      field: "after",
    }),
  ),
  ...[
    cursor(["not a date", "00000000-0000-4000-8000-000000000000"]),
    cursor(["2027-01-01T00:00:00.000Z", "' or 1=1 --"]),
    cursor(["00000000-0000-4000-8000-000000000000", "00000000-0000-4000-8000-000000000000"]),
  ].map(
    (after): Case => ({
      name: `exam papers after a forged cursor of the right shape ${after}`,
      as: "anonymous",
      query: DEMANDS,
      variables: () => ({ after }),
      code: "BAD_USER_INPUT",
      field: "after",
    }),
  ),
  ...[cursor([-5]), cursor([1.5])].map(
    (after): Case => ({
      name: `organizations after a forged offset ${after}`,
      as: "anonymous",
      query: `query ($after: String) { organizations(after: $after) { totalCount } }`,
      variables: () => ({ after }),
      code: "BAD_USER_INPUT",
      field: "after",
    }),
  ),
  {
    name: "exam papers after a cursor of the wrong shape",
    as: "anonymous",
    query: DEMANDS,
    variables: () => ({ after: cursor([42]) }),
    code: "BAD_USER_INPUT",
    field: "after",
  },
  {
    name: "organizations after a cursor that is not one",
    as: "anonymous",
    query: `query ($after: String) { organizations(after: $after) { totalCount } }`,
    variables: () => ({ after: cursor(["x"]) }),
    code: "BAD_USER_INPUT",
    field: "after",
  },
  {
    name: "the audit log after a cursor that is not one",
    as: "operator",
    query: `query ($after: String) { auditLog(after: $after) { totalCount } }`,
    variables: () => ({ after: "abc" }),
    code: "BAD_USER_INPUT",
    field: "after",
  },
];

const outOfRange: Case[] = [
  ...[0, 10, -3].map(
    (trl): Case => ({
      name: `an achievement at TRL ${trl}`,
      as: "instAdmin",
      query: CREATE_ACHIEVEMENT,
      variables: (_t, w) => ({ orgId: w.institute.id, input: achievementInput({ trl }) }),
      code: "BAD_USER_INPUT",
      field: "input.trl",
    }),
  ),
  {
    name: "an exam paper asking for TRL 11",
    as: "entAdmin",
    query: CREATE_DEMAND,
    variables: (_t, w) => ({
      orgId: w.enterprise.id,
      input: { ...demandInput(clockFree), minTrl: 11 },
    }),
    code: "BAD_USER_INPUT",
    field: "input.minTrl",
  },
  {
    name: "filtering from TRL 0",
    as: "anonymous",
    query: ACHIEVEMENTS,
    variables: () => ({ filter: { trlMin: 0 } }),
    code: "BAD_USER_INPUT",
    field: "filter.trlMin",
  },
  {
    name: "filtering up to TRL 10",
    as: "anonymous",
    query: ACHIEVEMENTS,
    variables: () => ({ filter: { trlMax: 10 } }),
    code: "BAD_USER_INPUT",
    field: "filter.trlMax",
  },
  {
    name: "a TRL range whose minimum exceeds its maximum",
    as: "anonymous",
    query: ACHIEVEMENTS,
    variables: () => ({ filter: { trlMin: 7, trlMax: 3 } }),
    code: "BAD_USER_INPUT",
    field: "filter.trlMax",
  },
  {
    name: "exam papers for TRL 12",
    as: "anonymous",
    query: DEMANDS,
    variables: () => ({ filter: { trl: 12 } }),
    code: "BAD_USER_INPUT",
    field: "filter.trl",
  },
  {
    name: "a page of 1000",
    as: "anonymous",
    query: ACHIEVEMENTS,
    variables: () => ({ first: 1000 }),
    code: "BAD_USER_INPUT",
    field: "first",
  },
  {
    name: "a negative page size",
    as: "anonymous",
    query: DEMANDS,
    variables: () => ({ first: -1 }),
    code: "BAD_USER_INPUT",
    field: "first",
  },
  {
    name: "a score of 6",
    as: "entAdmin",
    query: EVALUATE_ANSWER,
    variables: (t) => ({
      input: {
        answerId: t.openAnswer,
        scores: [
          { criterion: "technical_merit", score: 6 },
          { criterion: "cost", score: 3 },
        ],
        comment: "太高",
      },
    }),
    code: "BAD_USER_INPUT",
    field: "input.scores.0.score",
  },
  {
    name: "a minimum price above the maximum",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({
      orgId: w.institute.id,
      input: achievementInput({ price: { min: 9, max: 1 } }),
    }),
    code: "BAD_USER_INPUT",
    field: "input.price.max",
  },
  {
    name: "a decision deadline before the answer deadline",
    as: "entAdmin",
    query: CREATE_DEMAND,
    variables: (_t, w) => ({
      orgId: w.enterprise.id,
      input: { ...demandInput(clockFree), deadline: "2027-06-30", responseDeadline: "2027-06-01" },
    }),
    code: "BAD_USER_INPUT",
    field: "input.responseDeadline",
  },
];

const otherValues: Case[] = [
  {
    name: "a field outside the taxonomy when filtering",
    as: "anonymous",
    query: ACHIEVEMENTS,
    variables: () => ({ filter: { field: "alchemy" } }),
    code: "BAD_USER_INPUT",
    field: "filter.field",
  },
  {
    name: "a field outside the taxonomy on an achievement",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({
      orgId: w.institute.id,
      input: achievementInput({ field: "new_materials.unobtainium" }),
    }),
    code: "BAD_USER_INPUT",
    field: "input.field",
  },
  {
    name: "a country that is not an ISO code",
    as: "instAdmin",
    query: CREATE_ACHIEVEMENT,
    variables: (_t, w) => ({
      orgId: w.institute.id,
      input: achievementInput({ region: { country: "China" } }),
    }),
    code: "BAD_USER_INPUT",
    field: "input.region.country",
  },
  {
    name: "a draft status in the public filter",
    as: "anonymous",
    query: ACHIEVEMENTS,
    variables: () => ({ filter: { statuses: ["DRAFT"] } }),
    code: "BAD_USER_INPUT",
    field: "filter.statuses",
  },
  {
    name: "last/before pagination (last)",
    as: "anonymous",
    query: `query ($last: Int) { achievements(last: $last) { totalCount } }`,
    variables: () => ({ last: 5 }),
    code: "BAD_USER_INPUT",
    field: "last",
  },
  {
    name: "last/before pagination (before)",
    as: "anonymous",
    query: `query ($before: String) { demands(before: $before) { totalCount } }`,
    variables: () => ({ before: cursor(["2027-01-01T00:00:00.000Z", "x"]) }),
    code: "BAD_USER_INPUT",
    field: "before",
  },
  {
    name: "last/before pagination on the review queue",
    as: "reviewer",
    query: `query { reviewQueue(last: 2) { totalCount } }`,
    variables: () => ({}),
    code: "BAD_USER_INPUT",
    field: "last",
  },
];

const illegalTransitions: Case[] = [
  {
    // Reviewers cannot see drafts, so a draft's id must not be confirmed by a CONFLICT.
    name: "approving a draft (invisible to reviewers)",
    as: "reviewer",
    query: APPROVE_ACHIEVEMENT,
    variables: (t) => ({ id: t.draft }),
    code: "NOT_FOUND",
  },
  {
    name: "approving a published achievement",
    as: "reviewer",
    query: APPROVE_ACHIEVEMENT,
    variables: (t) => ({ id: t.published }),
    code: "CONFLICT",
  },
  {
    name: "rejecting a published achievement",
    as: "reviewer",
    query: REJECT_ACHIEVEMENT,
    variables: (t) => ({ id: t.published, reason: "改主意了" }),
    code: "CONFLICT",
  },
  {
    name: "submitting a published achievement",
    as: "instAdmin",
    query: TRANSITION_ACHIEVEMENT,
    variables: (t) => ({ id: t.published, action: "SUBMIT" }),
    code: "CONFLICT",
  },
  {
    name: "reopening a draft",
    as: "instAdmin",
    query: TRANSITION_ACHIEVEMENT,
    variables: (t) => ({ id: t.draft, action: "REOPEN" }),
    code: "CONFLICT",
  },
  {
    name: "editing an achievement under review",
    as: "instAdmin",
    query: UPDATE_ACHIEVEMENT,
    variables: (t) => ({ id: t.pending, input: { trl: 8 } }),
    code: "CONFLICT",
  },
  {
    name: "editing a withdrawn achievement",
    as: "instAdmin",
    query: UPDATE_ACHIEVEMENT,
    variables: (t) => ({ id: t.withdrawn, input: { trl: 8 } }),
    code: "CONFLICT",
  },
  {
    name: "opening an exam paper that is already open",
    as: "entAdmin",
    query: TRANSITION_DEMAND,
    variables: (t) => ({ id: t.openPaper, action: "OPEN" }),
    code: "CONFLICT",
  },
  {
    name: "closing a cancelled exam paper",
    as: "entAdmin",
    query: TRANSITION_DEMAND,
    variables: (t) => ({ id: t.cancelledPaper, action: "CLOSE" }),
    code: "CONFLICT",
  },
  {
    name: "awarding an answer on a closed exam paper",
    as: "entAdmin",
    query: DECIDE_ANSWER,
    variables: (t) => ({ input: { answerId: t.closedAnswer, decision: "AWARD" } }),
    code: "CONFLICT",
  },
  {
    name: "answering a closed exam paper",
    as: "otherAdmin",
    query: SUBMIT_ANSWER,
    variables: (t, w) => ({ orgId: w.otherInstitute.id, input: answerInput(t.closedPaper) }),
    code: "CONFLICT",
  },
  {
    name: "a second answer from the same organization",
    as: "instAdmin",
    query: SUBMIT_ANSWER,
    variables: (t, w) => ({ orgId: w.institute.id, input: answerInput(t.openPaper) }),
    code: "CONFLICT",
  },
];

describeWithDb("bad input and illegal transitions", (env) => {
  let w: World;
  let t: Targets;
  let clients: Record<Actor, GqlClient>;

  beforeAll(async () => {
    w = await buildWorld(env);
    t = await buildTargets(env, w);
    clients = {
      anonymous: env.anonymous(),
      instAdmin: w.instAdmin.client,
      otherAdmin: w.otherAdmin.client,
      entAdmin: w.entAdmin.client,
      reviewer: w.reviewer.client,
      operator: w.operator.client,
    };
  });

  const groups: [string, Case[]][] = [
    ["wrong types", wrongTypes],
    ["missing required fields", missing],
    ["overlong strings", overlong],
    ["NUL characters", nulCharacters],
    ["malformed ids", malformedIds],
    ["malformed cursors", cursors],
    ["out-of-range values and unsupported pagination", [...outOfRange, ...otherValues]],
    ["illegal transitions", illegalTransitions],
  ];

  for (const [group, cases] of groups) {
    describe(group, () => {
      const named = cases.map(
        (c) => [`${c.name} → ${c.code}${c.field ? ` on ${c.field}` : ""}`, c] as const,
      );
      it.each(named)("%s, database unchanged", async (_label, c) => {
        const client = clients[c.as];
        const before = await env.snapshot();
        const res = await client.request(c.query, c.variables(t, w));
        expect(res.status).toBeLessThan(500);
        expect(res.errors, JSON.stringify(res.data)).toHaveLength(1);
        const error = res.errors?.[0];
        expect(error?.extensions?.code, error?.message).toBe(c.code);
        if (c.field) expect(error?.extensions?.field, error?.message).toBe(c.field);
        expect(await env.snapshot()).toEqual(before);
      });
    });
  }

  describe("requests that are not GraphQL at all", () => {
    it("a syntax error is GRAPHQL_PARSE_FAILED, not a server error", async () => {
      const res = await clients.anonymous.request(`query { achievements( { totalCount } }`);
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    });

    it("an unknown field is GRAPHQL_VALIDATION_FAILED", async () => {
      const res = await clients.anonymous.request(`query { achievements { nope } }`);
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    });

    it("a wrong literal in the query text is BAD_USER_INPUT", async () => {
      const res = await clients.anonymous.request(
        `query { achievements(first: "x") { totalCount } }`,
      );
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("a body that is not JSON, a query that is not a string or no query at all is refused, never as a server error", async () => {
      for (const body of ["not json", { query: 42 }, { variables: {} }]) {
        const res = await clients.anonymous.post(body);
        expect(res.status, JSON.stringify(body)).toBeLessThan(500);
        expect(res.errors?.length).toBeGreaterThan(0);
        expect(res.errors?.[0]?.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
      }
      expect((await clients.anonymous.post("not json")).status).toBe(400);
    });

    it("a missing required variable names it", async () => {
      const res = await clients.anonymous.request(
        `query ($id: ID!) { achievement(id: $id) { id } }`,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    });
  });
});
