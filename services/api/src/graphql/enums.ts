import { IP_KINDS, IP_STATUSES, RIGHTS_STATUSES } from "@openttc/domain/achievement";
import { REJECTION_REASONS } from "@openttc/domain/answer";
import { ACHIEVEMENT_STATUSES, ANSWER_STATUSES, DEMAND_STATUSES } from "@openttc/domain/lifecycle";
import { CURRENCIES, TRANSFER_MODES, VISIBILITIES } from "@openttc/domain/listing-common";
import { MEMBER_ROLES, ORG_KINDS, PLATFORM_ROLES } from "@openttc/domain/organization";
import { builder } from "./builder";

/** GraphQL enums use UPPER_CASE names for the domain's lower-case values. */
function enumOf<const V extends readonly string[]>(name: string, values: V, description: string) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((v) => [v.toUpperCase().replace(/-/g, "_"), { value: v }]),
    ) as {
      [K in V[number]]: { value: K };
    },
  });
}

export const OrgKindEnum = enumOf("OrgKind", ORG_KINDS, "Kind of organization.");
export const MemberRoleEnum = enumOf("MemberRole", MEMBER_ROLES, "Role inside an organization.");
export const PlatformRoleEnum = enumOf("PlatformRole", PLATFORM_ROLES, "Platform staff role.");
export const AchievementStatusEnum = enumOf(
  "AchievementStatus",
  ACHIEVEMENT_STATUSES,
  "Lifecycle status of an achievement.",
);
export const DemandStatusEnum = enumOf(
  "DemandStatus",
  DEMAND_STATUSES,
  "Lifecycle status of an exam paper.",
);
export const AnswerStatusEnum = enumOf(
  "AnswerStatus",
  ANSWER_STATUSES,
  "Lifecycle status of an answer.",
);
export const TransferModeEnum = enumOf(
  "TransferMode",
  TRANSFER_MODES,
  "How a technology may change hands.",
);
export const VisibilityEnum = enumOf(
  "Visibility",
  VISIBILITIES,
  "Who may see a published listing.",
);
export const RightsStatusEnum = enumOf(
  "RightsStatus",
  RIGHTS_STATUSES,
  "Who holds the rights to a job achievement (measure 2).",
);
export const IpKindEnum = enumOf("IpKind", IP_KINDS, "Kind of intellectual-property asset.");
export const IpStatusEnum = enumOf("IpStatus", IP_STATUSES, "Legal status of an IP asset.");
export const RejectionReasonEnum = enumOf(
  "RejectionReason",
  REJECTION_REASONS,
  "Coded reason an answer was rejected.",
);
export const CurrencyEnum = enumOf("Currency", CURRENCIES, "ISO 4217 currency code.");
export const LocaleEnum = enumOf("Locale", ["zh-CN", "en"] as const, "User-interface language.");
