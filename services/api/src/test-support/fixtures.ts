import { usccCheckChar } from "@openttc/domain/uscc";
import type { Data, GqlClient, TestClock, TestEnv, TestUser } from "./harness";

// The USCC alphabet (GB 32100-2015) without I, O, S, V, Z.
const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
let usccCounter = Math.floor(Math.random() * 31 ** 4);

/** A valid, unique unified social credit code (Kunming division code, correct checksum). */
export function newUscc(): string {
  usccCounter += 1;
  let n = usccCounter;
  let serial = "";
  for (let i = 0; i < 9; i++) {
    serial = USCC_ALPHABET.charAt(n % 31) + serial;
    n = Math.floor(n / 31);
  }
  const body = `91530100${serial}`;
  return body + usccCheckChar(body);
}

export type OrgKindName =
  | "ENTERPRISE"
  | "UNIVERSITY"
  | "RESEARCH_INSTITUTE"
  | "HOSPITAL"
  | "BROKER_AGENCY"
  | "INVESTOR"
  | "GOVERNMENT";

/** A GraphQL CreateOrganizationInput; Chinese organizations get a valid unique USCC. */
export function organizationInput(kind: OrgKindName, overrides: Record<string, unknown> = {}) {
  return {
    kind,
    nameZh: `测试机构 ${kind}`,
    nameEn: `Test ${kind.toLowerCase()} ${usccCounter}`,
    region: { country: "CN", province: "云南", city: "昆明" },
    uscc: newUscc(),
    ...overrides,
  };
}

/** A minimal valid AchievementInput. */
export function achievementInput(overrides: Record<string, unknown> = {}) {
  return {
    titleZh: "高导热石墨烯薄膜",
    summaryZh: "一种高导热石墨烯薄膜的制备方法",
    field: "new_materials.carbon",
    trl: 6,
    transferModes: ["EXCLUSIVE_LICENCE"],
    price: { min: 500_000, max: 2_000_000, currency: "CNY" },
    visibility: "PUBLIC",
    ...overrides,
  };
}

/** An AchievementInput that sets every field. */
export function fullAchievementInput(overrides: Record<string, unknown> = {}) {
  return {
    titleZh: "高原蓝莓保鲜技术",
    titleEn: "Plateau blueberry preservation",
    summaryZh: "低温气调保鲜延长货架期 30 天",
    summaryEn: "Controlled-atmosphere cold storage adds 30 days of shelf life",
    descriptionZh: "详细说明：工艺流程、设备清单与试验数据。",
    descriptionEn: "Details: process flow, equipment list and trial data.",
    field: "plateau_agriculture.processing",
    keywords: ["蓝莓", "保鲜", "cold chain"],
    trl: 7,
    team: [
      { name: "李明", title: "教授", role: "负责人" },
      { name: "Wang Fang", title: "Engineer", role: "process design" },
    ],
    ipAssets: [
      {
        number: "CN114081026A",
        kind: "INVENTION_PATENT",
        status: "GRANTED",
        title: "一种蓝莓保鲜方法",
        expiresOn: "2041-05-20",
      },
      {
        number: "2023SR0123456",
        kind: "SOFTWARE_COPYRIGHT",
        status: "GRANTED",
        title: "冷链监控软件",
        expiresOn: null,
      },
    ],
    transferModes: ["EXCLUSIVE_LICENCE", "USE_FIRST_PAY_LATER"],
    price: { min: 300_000, max: 800_000, currency: "CNY", negotiable: true },
    publiclyFunded: true,
    rightsStatus: "LONG_TERM_USE",
    rightsUseYears: 15,
    negativeList: false,
    visibility: "PUBLIC",
    region: { country: "CN", province: "云南", city: "玉溪" },
    ...overrides,
  };
}

/** A valid DemandInput whose deadlines lie ahead of the test clock. */
export function demandInput(clock: TestClock, overrides: Record<string, unknown> = {}) {
  return {
    titleZh: "高导热界面材料",
    titleEn: "High thermal-conductivity interface material",
    summaryZh: "需要导热系数 ≥ 1500 W/(m·K) 的散热膜",
    summaryEn: "A heat-spreading film with conductivity of at least 1500 W/(m·K)",
    confidentialZh: "机密：目标客户为某手机厂商，年用量 200 万片",
    confidentialEn: "Confidential: the customer is a phone maker, 2 million pieces a year",
    indicators: [{ name: "导热系数", target: "≥ 1500", unit: "W/(m·K)" }],
    field: "new_materials.carbon",
    keywords: ["graphene"],
    wantedModes: ["EXCLUSIVE_LICENCE", "JOINT_DEVELOPMENT"],
    budget: { min: 1_000_000, max: 3_000_000, currency: "CNY" },
    deadline: clock.kunmingDate(30),
    responseDeadline: clock.kunmingDate(45),
    minTrl: 5,
    criteria: ["technical_merit", "cost"],
    visibility: "PUBLIC",
    ...overrides,
  };
}

/** A valid SubmitAnswerInput. */
export function answerInput(demandId: string, overrides: Record<string, unknown> = {}) {
  return {
    demandId,
    approach: "化学气相沉积制备多层石墨烯，再经高温石墨化处理。",
    milestones: [
      { title: "小试", dueOn: "2027-06-30", deliverable: "样品 10 片" },
      { title: "中试", dueOn: "2027-12-31", deliverable: null },
    ],
    quote: { amount: 1_800_000, currency: "CNY" },
    team: [{ name: "张伟", role: "PI" }],
    achievementIds: [],
    ...overrides,
  };
}

export const ACHIEVEMENT_FIELDS = `
  id status titleZh titleEn summaryZh summaryEn descriptionZh descriptionEn field keywords trl
  team { name title role }
  ipAssets { number kind status title expiresOn }
  transferModes price { min max currency negotiable } publiclyFunded rightsStatus rightsUseYears negativeList
  visibility region { country province city } reviewNote expired expiresAt lastVerifiedAt publishedAt version
  viewerCanEdit owner { id }
`;

export const DEMAND_FIELDS = `
  id status titleZh titleEn summaryZh summaryEn confidentialZh confidentialEn viewerCanReadConfidential
  indicators { name target unit } field keywords wantedModes budget { min max currency negotiable }
  deadline responseDeadline minTrl criteria visibility region { country province city } expired publishedAt version
  owner { id }
`;

export const ANSWER_FIELDS = `
  id status approach decisionReason feedback decidedAt submittedAt responseDeadline overdue
  milestones { title dueOn deliverable } quote { amount currency } team { name role }
  organization { id } achievements { id }
`;

export const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id kind nameZh nameEn uscc verified region { country province city } }
}`;
export const INVITE_MEMBER = `mutation ($orgId: ID!, $input: InviteMemberInput!) {
  inviteMember(orgId: $orgId, input: $input) { id email role token expiresAt }
}`;
export const ACCEPT_INVITATION = `mutation ($token: String!) { acceptInvitation(token: $token) { id } }`;
export const CREATE_ACHIEVEMENT = `mutation ($orgId: ID!, $input: AchievementInput!) {
  createAchievement(orgId: $orgId, input: $input) { ${ACHIEVEMENT_FIELDS} }
}`;
export const UPDATE_ACHIEVEMENT = `mutation ($id: ID!, $input: AchievementInput!) {
  updateAchievement(id: $id, input: $input) { ${ACHIEVEMENT_FIELDS} }
}`;
export const TRANSITION_ACHIEVEMENT = `mutation ($id: ID!, $action: AchievementAction!) {
  transitionAchievement(id: $id, action: $action) { ${ACHIEVEMENT_FIELDS} }
}`;
export const APPROVE_ACHIEVEMENT = `mutation ($id: ID!, $note: String) {
  approveAchievement(id: $id, note: $note) { ${ACHIEVEMENT_FIELDS} }
}`;
export const REJECT_ACHIEVEMENT = `mutation ($id: ID!, $reason: String!) {
  rejectAchievement(id: $id, reason: $reason) { ${ACHIEVEMENT_FIELDS} }
}`;
export const REVERIFY_ACHIEVEMENT = `mutation ($id: ID!) { reverifyAchievement(id: $id) { ${ACHIEVEMENT_FIELDS} } }`;
export const ACHIEVEMENT = `query ($id: ID!) { achievement(id: $id) { ${ACHIEVEMENT_FIELDS} } }`;
export const ACHIEVEMENTS = `query ($filter: AchievementFilter, $first: Int, $after: String) {
  achievements(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id titleZh trl field status publishedAt } }
  }
}`;
export const CREATE_DEMAND = `mutation ($orgId: ID!, $input: DemandInput!) { createDemand(orgId: $orgId, input: $input) { ${DEMAND_FIELDS} } }`;
export const UPDATE_DEMAND = `mutation ($id: ID!, $input: DemandInput!) { updateDemand(id: $id, input: $input) { ${DEMAND_FIELDS} } }`;
export const TRANSITION_DEMAND = `mutation ($id: ID!, $action: DemandAction!) {
  transitionDemand(id: $id, action: $action) { ${DEMAND_FIELDS} }
}`;
export const DEMAND = `query ($id: ID!) { demand(id: $id) { ${DEMAND_FIELDS} } }`;
export const DEMANDS = `query ($filter: DemandFilter, $first: Int, $after: String) {
  demands(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id titleZh status confidentialZh } }
  }
}`;
export const INVITE_TO_DEMAND = `mutation ($demandId: ID!, $orgId: ID!) { inviteToDemand(demandId: $demandId, orgId: $orgId) { id } }`;
export const ACCEPT_DEMAND_NDA = `mutation ($demandId: ID!, $orgId: ID!) { acceptDemandNda(demandId: $demandId, orgId: $orgId) { id confidentialZh } }`;
export const SUBMIT_ANSWER = `mutation ($orgId: ID!, $input: SubmitAnswerInput!) { submitAnswer(orgId: $orgId, input: $input) { ${ANSWER_FIELDS} } }`;
export const DECIDE_ANSWER = `mutation ($input: DecideAnswerInput!) { decideAnswer(input: $input) { ${ANSWER_FIELDS} } }`;
export const EVALUATE_ANSWER = `mutation ($input: EvaluateAnswerInput!) {
  evaluateAnswer(input: $input) { id overall comment scores { criterion score } }
}`;
export const ANSWER = `query ($id: ID!) { answer(id: $id) { ${ANSWER_FIELDS} evaluation { overall comment scores { criterion score } } } }`;

/** An organization created through the API by `admin`, who becomes its admin. */
export async function createOrg(
  admin: TestUser,
  kind: OrgKindName,
  overrides: Record<string, unknown> = {},
) {
  const data = await admin.client.ok<{ createOrganization: { id: string; uscc: string | null } }>(
    CREATE_ORGANIZATION,
    {
      input: organizationInput(kind, overrides),
    },
  );
  return data.createOrganization;
}

/** Invites `user` into the organization and has them accept, as the real flow does. */
export async function addMember(
  admin: TestUser,
  orgId: string,
  user: TestUser,
  role: "MEMBER" | "ADMIN" = "MEMBER",
) {
  const inv = await admin.client.ok<{ inviteMember: { token: string } }>(INVITE_MEMBER, {
    orgId,
    input: { email: user.email, role },
  });
  await user.client.ok(ACCEPT_INVITATION, { token: inv.inviteMember.token });
}

/** A draft achievement; returns its id. */
export async function createAchievement(
  owner: TestUser,
  orgId: string,
  overrides: Record<string, unknown> = {},
) {
  const data = await owner.client.ok<{ createAchievement: { id: string } }>(CREATE_ACHIEVEMENT, {
    orgId,
    input: achievementInput(overrides),
  });
  return data.createAchievement.id;
}

/** A draft submitted for review; returns its id. */
export async function submitAchievement(
  owner: TestUser,
  orgId: string,
  overrides: Record<string, unknown> = {},
) {
  const id = await createAchievement(owner, orgId, overrides);
  await owner.client.ok(TRANSITION_ACHIEVEMENT, { id, action: "SUBMIT" });
  return id;
}

/** An achievement created, submitted and approved; returns its id. */
export async function publishAchievement(
  owner: TestUser,
  reviewer: TestUser,
  orgId: string,
  overrides: Record<string, unknown> = {},
) {
  const id = await submitAchievement(owner, orgId, overrides);
  await reviewer.client.ok(APPROVE_ACHIEVEMENT, { id });
  return id;
}

/** A draft exam paper; returns its id. */
export async function createDemand(
  env: TestEnv,
  owner: TestUser,
  orgId: string,
  overrides: Record<string, unknown> = {},
) {
  const data = await owner.client.ok<{ createDemand: { id: string } }>(CREATE_DEMAND, {
    orgId,
    input: demandInput(env.clock, overrides),
  });
  return data.createDemand.id;
}

/** An exam paper created and opened; returns its id. */
export async function openDemand(
  env: TestEnv,
  owner: TestUser,
  orgId: string,
  overrides: Record<string, unknown> = {},
) {
  const id = await createDemand(env, owner, orgId, overrides);
  await owner.client.ok(TRANSITION_DEMAND, { id, action: "OPEN" });
  return id;
}

/** An answer submitted through the API; returns its id. */
export async function submitAnswer(
  member: TestUser,
  orgId: string,
  demandId: string,
  overrides: Record<string, unknown> = {},
) {
  const data = await member.client.ok<{ submitAnswer: { id: string } }>(SUBMIT_ANSWER, {
    orgId,
    input: answerInput(demandId, overrides),
  });
  return data.submitAnswer.id;
}

/**
 * The usual cast: a university (admin + member), an enterprise (admin + member), a research
 * institute (admin), a hospital (admin), a reviewer, an operator and a user with no organization.
 */
export async function buildWorld(env: TestEnv) {
  const [
    instAdmin,
    instMember,
    entAdmin,
    entMember,
    otherAdmin,
    hospAdmin,
    reviewer,
    operator,
    loner,
  ] = await Promise.all([
    env.signUp("InstAdmin"),
    env.signUp("InstMember"),
    env.signUp("EntAdmin"),
    env.signUp("EntMember"),
    env.signUp("OtherAdmin"),
    env.signUp("HospAdmin"),
    env.signUp("Reviewer"),
    env.signUp("Operator"),
    env.signUp("Loner"),
  ]);
  const institute = await createOrg(instAdmin, "UNIVERSITY", {
    nameEn: "Kunming University of Tests",
  });
  const enterprise = await createOrg(entAdmin, "ENTERPRISE", { nameEn: "Dianchi Materials Co." });
  const otherInstitute = await createOrg(otherAdmin, "RESEARCH_INSTITUTE", {
    nameEn: "Yunnan Institute of Tests",
    region: { country: "CN", province: "云南", city: "大理" },
  });
  const hospital = await createOrg(hospAdmin, "HOSPITAL", { nameEn: "First Test Hospital" });
  await addMember(instAdmin, institute.id, instMember);
  await addMember(entAdmin, enterprise.id, entMember);
  await env.grantPlatformRoles(reviewer, ["reviewer"]);
  await env.grantPlatformRoles(operator, ["operator"]);
  return {
    instAdmin,
    instMember,
    entAdmin,
    entMember,
    otherAdmin,
    hospAdmin,
    reviewer,
    operator,
    loner,
    institute,
    enterprise,
    otherInstitute,
    hospital,
  };
}
/** The cast built by buildWorld. */
export type World = Awaited<ReturnType<typeof buildWorld>>;

type Connection = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
};

/**
 * Pages through a connection `first` at a time, checking totalCount stays put and hasNextPage
 * is true exactly until the last page; returns the ids in the order served.
 */
export async function collectPages(
  client: GqlClient,
  query: string,
  variables: Record<string, unknown>,
  pick: (data: Data) => Connection,
  first = 2,
): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 1000; page++) {
    const conn = pick(await client.ok(query, { ...variables, first, after }));
    if (totalCount === -1) totalCount = conn.totalCount;
    if (conn.totalCount !== totalCount)
      throw new Error(`totalCount moved from ${totalCount} to ${conn.totalCount}`);
    ids.push(...conn.edges.map((e) => e.node.id));
    if (conn.pageInfo.hasNextPage !== ids.length < totalCount) {
      throw new Error(
        `hasNextPage is ${conn.pageInfo.hasNextPage} after ${ids.length} of ${totalCount}`,
      );
    }
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return { ids, totalCount };
}
