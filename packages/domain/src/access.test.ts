import { describe, expect, it } from "vitest";
import {
  type Actor,
  audienceIncludes,
  canSeeAchievement,
  canSeeConfidential,
  canSeeDemand,
  hasPlatformRole,
  isAdminOf,
  isMemberOf,
  isPublicAchievementStatus,
  isPublicDemandStatus,
} from "./access";
import {
  ACHIEVEMENT_STATUSES,
  type AchievementStatus,
  DEMAND_STATUSES,
  type DemandStatus,
} from "./lifecycle";
import type { Visibility } from "./listing-common";

const OWNER = "org-owner";
const OTHER = "org-other";
const GRANTED = "org-granted";

const anonymous = null;
const member: Actor = {
  userId: "u-member",
  platformRoles: [],
  memberships: [{ orgId: OWNER, role: "member", orgKind: "university" }],
};
const admin: Actor = {
  userId: "u-admin",
  platformRoles: [],
  memberships: [{ orgId: OWNER, role: "admin", orgKind: "university" }],
};
const outsider: Actor = {
  userId: "u-outsider",
  platformRoles: [],
  memberships: [{ orgId: OTHER, role: "admin", orgKind: "enterprise" }],
};
const grantee: Actor = {
  userId: "u-grantee",
  platformRoles: [],
  memberships: [{ orgId: GRANTED, role: "member", orgKind: "research_institute" }],
};
const reviewer: Actor = { userId: "u-reviewer", platformRoles: ["reviewer"], memberships: [] };
const operator: Actor = { userId: "u-operator", platformRoles: ["operator"], memberships: [] };
const noOrg: Actor = { userId: "u-new", platformRoles: [], memberships: [] };

const ACTORS = { anonymous, member, admin, outsider, grantee, reviewer, operator, noOrg };
type ActorName = keyof typeof ACTORS;

const PUBLIC_ACHIEVEMENT: AchievementStatus[] = ["published", "in_negotiation", "transacted"];
const PUBLIC_DEMAND: DemandStatus[] = ["open", "evaluating", "awarded", "closed"];

const achievement = (
  status: AchievementStatus,
  visibility: Visibility = "public",
  expired = false,
) => ({
  ownerOrgId: OWNER,
  status,
  visibility,
  expired,
});
const demand = (status: DemandStatus, visibility: Visibility = "public", expired = false) => ({
  ownerOrgId: OWNER,
  status,
  visibility,
  expired,
});

describe("membership and roles", () => {
  it("knows who belongs to an organization, in any role", () => {
    expect(isMemberOf(member, OWNER)).toBe(true);
    expect(isMemberOf(admin, OWNER)).toBe(true);
    expect(isMemberOf(outsider, OWNER)).toBe(false);
    expect(isMemberOf(anonymous, OWNER)).toBe(false);
  });

  it("knows who administers an organization", () => {
    expect(isAdminOf(admin, OWNER)).toBe(true);
    expect(isAdminOf(member, OWNER)).toBe(false);
    expect(isAdminOf(outsider, OWNER)).toBe(false);
    expect(isAdminOf(anonymous, OWNER)).toBe(false);
  });

  it("checks every membership of a user who belongs to several organizations", () => {
    const both: Actor = {
      ...outsider,
      memberships: [...outsider.memberships, ...admin.memberships],
    };
    expect(isMemberOf(both, OWNER)).toBe(true);
    expect(isAdminOf(both, OWNER)).toBe(true);
    expect(isAdminOf(both, GRANTED)).toBe(false);
  });

  it.each<[ActorName, boolean, boolean]>([
    ["anonymous", false, false],
    ["member", false, false],
    ["reviewer", false, true],
    ["operator", true, true],
  ])(
    "%s: operator %s, reviewer %s (an operator holds every reviewer power)",
    (name, isOperator, isReviewer) => {
      expect(hasPlatformRole(ACTORS[name], "operator")).toBe(isOperator);
      expect(hasPlatformRole(ACTORS[name], "reviewer")).toBe(isReviewer);
    },
  );
});

describe("public statuses", () => {
  it.each(
    ACHIEVEMENT_STATUSES.map((status) => ({ status, shown: PUBLIC_ACHIEVEMENT.includes(status) })),
  )(
    "shows an achievement that is $status outside its organization: $shown",
    ({ status, shown }) => {
      expect(isPublicAchievementStatus(status)).toBe(shown);
    },
  );

  it.each(DEMAND_STATUSES.map((status) => ({ status, shown: PUBLIC_DEMAND.includes(status) })))(
    "shows an exam paper that is $status outside its organization: $shown",
    ({ status, shown }) => {
      expect(isPublicDemandStatus(status)).toBe(shown);
    },
  );
});

describe("audienceIncludes", () => {
  it.each<[ActorName, Visibility, boolean]>([
    ["anonymous", "public", true],
    ["anonymous", "registered", false],
    ["anonymous", "private", false],
    ["outsider", "public", true],
    ["outsider", "registered", true],
    ["outsider", "private", false],
    ["noOrg", "registered", true],
    ["member", "private", true],
    ["reviewer", "private", false],
  ])("%s is in the audience of a %s listing: %s", (name, visibility, expected) => {
    expect(audienceIncludes(ACTORS[name], visibility, OWNER)).toBe(expected);
  });
});

describe("canSeeAchievement", () => {
  const everyStatus = (names: ActorName[], visible: (s: AchievementStatus) => boolean) =>
    names.flatMap((name) =>
      ACHIEVEMENT_STATUSES.map((status) => ({ name, status, visible: visible(status) })),
    );

  it.each(everyStatus(["anonymous", "outsider", "grantee"], (s) => PUBLIC_ACHIEVEMENT.includes(s)))(
    "$name sees a public achievement that is $status: $visible",
    ({ name, status, visible }) => {
      expect(canSeeAchievement(ACTORS[name], achievement(status))).toBe(visible);
    },
  );

  it.each(everyStatus(["member", "admin", "operator"], () => true))(
    "$name sees an achievement that is $status",
    ({ name, status }) => {
      expect(canSeeAchievement(ACTORS[name], achievement(status, "private", true))).toBe(true);
    },
  );

  it.each(everyStatus(["reviewer"], (s) => s !== "draft"))(
    "a reviewer sees a private achievement that is $status: $visible (everything but drafts)",
    ({ status, visible }) => {
      expect(canSeeAchievement(reviewer, achievement(status, "private"))).toBe(visible);
    },
  );

  it("lets a reviewer see an achievement pending review but not a draft", () => {
    expect(canSeeAchievement(reviewer, achievement("pending_review"))).toBe(true);
    expect(canSeeAchievement(reviewer, achievement("draft"))).toBe(false);
  });

  it.each<[ActorName, Visibility, boolean]>([
    ["anonymous", "public", true],
    ["anonymous", "registered", false],
    ["anonymous", "private", false],
    ["outsider", "registered", true],
    ["outsider", "private", false],
    ["noOrg", "registered", true],
    ["member", "private", true],
  ])("%s sees a published %s achievement: %s", (name, visibility, expected) => {
    expect(canSeeAchievement(ACTORS[name], achievement("published", visibility))).toBe(expected);
  });

  it.each<[ActorName, boolean]>([
    ["anonymous", false],
    ["outsider", false],
    ["member", true],
    ["admin", true],
    ["reviewer", true],
    ["operator", true],
  ])("%s sees an expired published achievement: %s (owners and staff only)", (name, expected) => {
    expect(canSeeAchievement(ACTORS[name], achievement("published", "public", true))).toBe(
      expected,
    );
  });
});

describe("canSeeDemand", () => {
  it.each(
    (["anonymous", "outsider", "reviewer"] as ActorName[]).flatMap((name) =>
      DEMAND_STATUSES.map((status) => ({ name, status, visible: PUBLIC_DEMAND.includes(status) })),
    ),
  )("$name sees a public exam paper that is $status: $visible", ({ name, status, visible }) => {
    expect(canSeeDemand(ACTORS[name], demand(status))).toBe(visible);
  });

  it.each(
    (["member", "admin", "operator"] as ActorName[]).flatMap((name) =>
      DEMAND_STATUSES.map((status) => ({ name, status })),
    ),
  )("$name sees a private, expired exam paper that is $status", ({ name, status }) => {
    expect(canSeeDemand(ACTORS[name], demand(status, "private", true))).toBe(true);
  });

  it.each<[ActorName, Visibility, boolean]>([
    ["anonymous", "registered", false],
    ["anonymous", "private", false],
    ["outsider", "registered", true],
    ["outsider", "private", false],
    ["reviewer", "private", false],
    ["member", "private", true],
  ])("%s sees an open %s exam paper: %s", (name, visibility, expected) => {
    expect(canSeeDemand(ACTORS[name], demand("open", visibility))).toBe(expected);
  });

  it.each<[ActorName, boolean]>([
    ["anonymous", false],
    ["outsider", false],
    ["reviewer", false],
    ["member", true],
    ["operator", true],
  ])("%s sees an expired open exam paper: %s", (name, expected) => {
    expect(canSeeDemand(ACTORS[name], demand("open", "public", true))).toBe(expected);
  });

  it("shows a private or expired exam paper to an invited organization", () => {
    expect(canSeeDemand(grantee, demand("open", "private"), [GRANTED])).toBe(true);
    expect(canSeeDemand(grantee, demand("evaluating", "private", true), [GRANTED])).toBe(true);
  });

  it("does not show a private exam paper to an organization that was not invited", () => {
    expect(canSeeDemand(outsider, demand("open", "private"), [GRANTED])).toBe(false);
    expect(canSeeDemand(grantee, demand("open", "private"))).toBe(false);
  });

  it.each<DemandStatus>(["draft", "cancelled"])(
    "does not show an invited organization a %s exam paper",
    (status) => {
      expect(canSeeDemand(grantee, demand(status, "private"), [GRANTED])).toBe(false);
    },
  );

  it("does not let a granted organization id stand in for an anonymous visitor", () => {
    expect(canSeeDemand(anonymous, demand("open", "private"), [GRANTED])).toBe(false);
  });
});

describe("canSeeConfidential", () => {
  it.each<[ActorName, boolean]>([
    ["member", true],
    ["admin", true],
    ["grantee", true],
    ["outsider", false],
    ["anonymous", false],
    ["noOrg", false],
    ["reviewer", false],
    ["operator", false],
  ])("%s sees the confidential details of an exam paper: %s", (name, expected) => {
    expect(canSeeConfidential(ACTORS[name], OWNER, [GRANTED])).toBe(expected);
  });

  it("shows the confidential details only to the owner when nobody was invited", () => {
    expect(canSeeConfidential(member, OWNER, [])).toBe(true);
    expect(canSeeConfidential(grantee, OWNER, [])).toBe(false);
  });

  it("lets a user in several organizations see them through any invited one", () => {
    const both: Actor = {
      ...outsider,
      memberships: [...outsider.memberships, ...grantee.memberships],
    };
    expect(canSeeConfidential(both, OWNER, ["org-x", GRANTED])).toBe(true);
  });
});
