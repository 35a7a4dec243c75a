import { z } from "zod";
import { usccProblem } from "./uscc";

export const ORG_KINDS = [
  "enterprise",
  "university",
  "research_institute",
  "hospital",
  "broker_agency",
  "investor",
  "government",
] as const;
/** Kind of organization. */
export type OrgKind = (typeof ORG_KINDS)[number];

export const MEMBER_ROLES = ["member", "admin"] as const;
/** Role of a user inside an organization. */
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const PLATFORM_ROLES = ["operator", "reviewer"] as const;
/** Platform-wide role held by staff of the operating science bureau. */
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

const ACHIEVEMENT_PUBLISHERS: readonly OrgKind[] = [
  "university",
  "research_institute",
  "hospital",
  "enterprise",
];
const DEMAND_POSTERS: readonly OrgKind[] = ["enterprise", "hospital", "investor"];
const ANSWERERS: readonly OrgKind[] = [
  "university",
  "research_institute",
  "hospital",
  "enterprise",
];

/** Whether an organization of this kind may publish technology achievements. */
export function canPublishAchievements(kind: OrgKind): boolean {
  return ACHIEVEMENT_PUBLISHERS.includes(kind);
}

/** Whether an organization of this kind may post exam papers. */
export function canPostDemands(kind: OrgKind): boolean {
  return DEMAND_POSTERS.includes(kind);
}

/** Whether an organization of this kind may answer exam papers. */
export function canAnswerDemands(kind: OrgKind): boolean {
  return ANSWERERS.includes(kind);
}

const text = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/** Country, province and city of an organization or listing. */
export const ZRegion = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 country code such as CN"),
  province: z.string().trim().max(60, "must be at most 60 characters").default(""),
  city: z.string().trim().max(60, "must be at most 60 characters").default(""),
});
export type TRegion = z.infer<typeof ZRegion>;

/** Input to register an organization. Chinese organizations must give a valid unified social credit code. */
export const ZCreateOrganizationInput = z
  .object({
    kind: z.enum(ORG_KINDS),
    nameZh: text(200),
    nameEn: text(200),
    region: ZRegion,
    uscc: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .nullable()
      .transform((v) => v || null),
  })
  .superRefine((org, ctx) => {
    if (org.uscc) {
      const problem = usccProblem(org.uscc);
      if (problem) ctx.addIssue({ code: "custom", path: ["uscc"], message: problem });
    } else if (org.region.country === "CN" && org.kind !== "government") {
      ctx.addIssue({
        code: "custom",
        path: ["uscc"],
        message: "is required for an organization registered in China",
      });
    }
  });
export type TCreateOrganizationInput = z.infer<typeof ZCreateOrganizationInput>;
