import { IP_KINDS, IP_STATUSES, RIGHTS_STATUSES } from "@openttc/domain/achievement";
import { REJECTION_REASONS } from "@openttc/domain/answer";
import { ACHIEVEMENT_STATUSES, ANSWER_STATUSES, DEMAND_STATUSES } from "@openttc/domain/lifecycle";
import { VISIBILITIES } from "@openttc/domain/listing-common";
import { MEMBER_ROLES, ORG_KINDS } from "@openttc/domain/organization";
import { pgEnum } from "drizzle-orm/pg-core";

export const orgKind = pgEnum("org_kind", ORG_KINDS);
export const memberRole = pgEnum("member_role", MEMBER_ROLES);
export const achievementStatus = pgEnum("achievement_status", ACHIEVEMENT_STATUSES);
export const demandStatus = pgEnum("demand_status", DEMAND_STATUSES);
export const answerStatus = pgEnum("answer_status", ANSWER_STATUSES);
export const visibility = pgEnum("visibility", VISIBILITIES);
export const rightsStatus = pgEnum("rights_status", RIGHTS_STATUSES);
export const ipKind = pgEnum("ip_kind", IP_KINDS);
export const ipStatus = pgEnum("ip_status", IP_STATUSES);
export const rejectionReason = pgEnum("rejection_reason", REJECTION_REASONS);
export const demandAccessKind = pgEnum("demand_access_kind", ["invited", "nda"]);
