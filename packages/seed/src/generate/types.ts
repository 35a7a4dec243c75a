import type {
  achievements,
  answers,
  brokerProfiles,
  demandAccess,
  demands,
  evaluations,
  ipAssets,
  memberships,
  organizations,
  users,
} from "@openttc/db/schema";

/** An organizations row ready for insert. */
export type OrganizationRow = typeof organizations.$inferInsert;
/** A users row ready for insert (password hash filled in by the writer). */
export type UserRow = Omit<typeof users.$inferInsert, "passwordHash">;
/** A memberships row ready for insert. */
export type MembershipRow = typeof memberships.$inferInsert;
/** A broker_profiles row ready for insert. */
export type BrokerProfileRow = typeof brokerProfiles.$inferInsert;
/** An achievements row ready for insert. */
export type AchievementRow = typeof achievements.$inferInsert;
/** An ip_assets row ready for insert. */
export type IpAssetRow = typeof ipAssets.$inferInsert;
/** A demands row ready for insert. */
export type DemandRow = typeof demands.$inferInsert;
/** A demand_access row ready for insert. */
export type DemandAccessRow = typeof demandAccess.$inferInsert;
/** An answers row ready for insert. */
export type AnswerRow = typeof answers.$inferInsert;
/** An evaluations row ready for insert. */
export type EvaluationRow = typeof evaluations.$inferInsert;

/** The whole demo corpus, in insert order. */
export interface Corpus {
  organizations: OrganizationRow[];
  users: UserRow[];
  memberships: MembershipRow[];
  brokerProfiles: BrokerProfileRow[];
  achievements: AchievementRow[];
  ipAssets: IpAssetRow[];
  demands: DemandRow[];
  demandAccess: DemandAccessRow[];
  answers: AnswerRow[];
  evaluations: EvaluationRow[];
}
