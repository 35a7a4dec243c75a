import { type Actor, canSeeAchievement, hasPlatformRole, isMemberOf } from "@openttc/domain/access";
import {
  achievementPolicyProblems,
  ZCreateAchievementInput,
  ZUpdateAchievementInput,
} from "@openttc/domain/achievement";
import { AppError, badInput, notFound } from "@openttc/domain/errors";
import { achievementExpiresAt, freshSince } from "@openttc/domain/freshness";
import {
  ACHIEVEMENT_LIFECYCLE,
  type AchievementAction,
  transition,
} from "@openttc/domain/lifecycle";
import type { Visibility } from "@openttc/domain/listing-common";
import { canPublishAchievements } from "@openttc/domain/organization";
import { parseInput } from "@openttc/domain/validation";
import { z } from "zod";
import { requireActor, requireMember, requirePlatformRole } from "../../shared/guards";
import { decodeCursor, type PageArgs, toConnection } from "../../shared/pagination";
import type { Clock, Store } from "../../store";
import type { AchievementDto, AchievementListFilter } from "./achievements.repository";

/** Actions owners take themselves; approve and reject belong to reviewers. */
export type OwnerAchievementAction = Extract<AchievementAction, "submit" | "withdraw" | "reopen">;

const ZReason = z
  .string()
  .trim()
  .min(1, "give a reason")
  .max(2000, "must be at most 2000 characters");

function cursorOfPublished(a: AchievementDto): [string, string] {
  return [(a.publishedAt ?? a.createdAt).toISOString(), a.id];
}

function cursorOfUpdated(a: AchievementDto): [string, string] {
  return [a.updatedAt.toISOString(), a.id];
}

/** Achievement listings: authoring, review, freshness and the public marketplace list. */
export function makeAchievementsService({ store, clock }: { store: Store; clock: Clock }) {
  const { repos } = store;

  function isExpired(a: AchievementDto, now: Date): boolean {
    return achievementExpiresAt(a.lastVerifiedAt) <= now;
  }

  function visibleTo(actor: Actor | null, a: AchievementDto): boolean {
    return canSeeAchievement(actor, { ...a, expired: isExpired(a, clock.now()) });
  }

  async function loadOwned(tx: typeof repos, actor: Actor | null, id: string) {
    const a = requireActor(actor);
    const achievement = await tx.achievements.findForUpdate(id);
    if (!achievement || !visibleTo(a, achievement)) throw notFound("achievement", id);
    requireMember(a, achievement.ownerOrgId);
    return { actor: a, achievement };
  }

  /** A listing a reviewer may act on: visible to them (drafts are not) and not their own organization's. */
  async function loadForReview(tx: typeof repos, reviewer: Actor, id: string) {
    const achievement = await tx.achievements.findForUpdate(id);
    if (!achievement || !visibleTo(reviewer, achievement)) throw notFound("achievement", id);
    if (isMemberOf(reviewer, achievement.ownerOrgId) && !hasPlatformRole(reviewer, "operator")) {
      throw new AppError("FORBIDDEN", "reviewers do not review their own organization's listings");
    }
    return achievement;
  }

  function audienceOf(actor: Actor | null) {
    const visibilities: Visibility[] = actor ? ["public", "registered"] : ["public"];
    return {
      visibilities,
      ownOrgIds: actor?.memberships.map((m) => m.orgId) ?? [],
      freshSince: freshSince(clock.now()),
    };
  }

  return {
    isExpired: (a: AchievementDto) => isExpired(a, clock.now()),
    expiresAt: (a: AchievementDto) => achievementExpiresAt(a.lastVerifiedAt),

    /** The achievement when the actor may see it; NOT_FOUND otherwise, so hidden items stay unknowable. */
    async get(actor: Actor | null, id: string) {
      const achievement = await repos.achievements.find(id);
      if (!achievement || !visibleTo(actor, achievement)) throw notFound("achievement", id);
      return achievement;
    },

    /** The subset of the ids the actor may see, in input order. */
    async findVisible(actor: Actor | null, ids: readonly string[]) {
      const found = await repos.achievements.findMany(ids);
      return found.filter((a) => visibleTo(actor, a));
    },

    async listPublic(actor: Actor | null, filter: AchievementListFilter, page: PageArgs) {
      if (filter.text && filter.text.length > 200)
        throw badInput("filter.text", "must be at most 200 characters");
      if (filter.trlMin != null && filter.trlMax != null && filter.trlMin > filter.trlMax) {
        throw badInput("filter.trlMax", "must not be less than trlMin");
      }
      const after = page.after
        ? (decodeCursor(page.after, ["string", "string"]) as [string, string])
        : null;
      const { items, total } = await repos.achievements.listPublic(
        filter,
        audienceOf(actor),
        page.first + 1,
        after,
      );
      return toConnection(items, page.first, total, cursorOfPublished, after !== null);
    },

    /** The organization's own achievements in every status, most recently changed first. */
    async listOwned(
      actor: Actor | null,
      orgId: string,
      statuses: AchievementDto["status"][] | null,
      page: PageArgs,
    ) {
      requireMember(actor, orgId);
      const after = page.after
        ? (decodeCursor(page.after, ["string", "string"]) as [string, string])
        : null;
      const { items, total } = await repos.achievements.listOwned(
        [orgId],
        statuses,
        page.first + 1,
        after,
      );
      return toConnection(items, page.first, total, cursorOfUpdated, after !== null);
    },

    async reviewQueue(actor: Actor | null, page: PageArgs) {
      requirePlatformRole(actor, "reviewer");
      const after = page.after
        ? (decodeCursor(page.after, ["string", "string"]) as [string, string])
        : null;
      const { items, total } = await repos.achievements.listPendingReview(page.first + 1, after);
      return toConnection(items, page.first, total, cursorOfUpdated, after !== null);
    },

    async create(actor: Actor | null, orgId: string, input: unknown) {
      const a = requireMember(actor, orgId);
      const kind = a.memberships.find((m) => m.orgId === orgId)?.orgKind;
      if (!kind || !canPublishAchievements(kind)) {
        throw new AppError("FORBIDDEN", "this kind of organization cannot publish achievements");
      }
      const data = parseInput(ZCreateAchievementInput, input);
      const [org] = await repos.organizations.findMany([orgId]);
      const now = clock.now();
      return store.transaction(async (tx) => {
        const created = await tx.achievements.insert({
          ...data,
          region: data.region ?? org?.region ?? null,
          ownerOrgId: orgId,
          createdBy: a.userId,
          lastVerifiedAt: now,
        });
        await tx.audit.append({
          actorId: a.userId,
          orgId,
          entityType: "achievement",
          entityId: created.id,
          action: "create",
          before: null,
          after: created,
        });
        await tx.outbox.announce("achievement", created.id, created.version);
        return created;
      });
    },

    /**
     * Edits an achievement. Edits to a published listing send it back to review, since
     * reviewers approved the old text (the operator reviews listings before publication).
     */
    async update(actor: Actor | null, id: string, input: unknown) {
      const present = parseInput(ZUpdateAchievementInput, input);
      const now = clock.now();
      return store.transaction(async (tx) => {
        const { actor: a, achievement } = await loadOwned(tx, actor, id);
        const editable = ["draft", "rejected", "published"] as const;
        if (!(editable as readonly string[]).includes(achievement.status)) {
          throw new AppError(
            "CONFLICT",
            `cannot edit an achievement that is ${achievement.status}; allowed when draft, rejected or published`,
          );
        }
        const { id: _id, ownerOrgId: _o, status: _s, ...current } = achievement;
        parseInput(ZCreateAchievementInput, { ...current, ...present });
        const status = achievement.status === "published" ? "pending_review" : achievement.status;
        const updated = await tx.achievements.update(
          id,
          { ...present, status, lastVerifiedAt: now },
          now,
        );
        await tx.audit.append({
          actorId: a.userId,
          orgId: achievement.ownerOrgId,
          entityType: "achievement",
          entityId: id,
          action: "update",
          before: achievement,
          after: updated,
        });
        if (updated) await tx.outbox.announce("achievement", id, updated.version);
        return updated as AchievementDto;
      });
    },

    async transition(actor: Actor | null, id: string, action: OwnerAchievementAction) {
      const now = clock.now();
      return store.transaction(async (tx) => {
        const { actor: a, achievement } = await loadOwned(tx, actor, id);
        const status = transition("achievement", ACHIEVEMENT_LIFECYCLE, achievement.status, action);
        if (action === "submit") {
          const problems = achievementPolicyProblems(achievement);
          if (problems[0]) throw badInput(`achievement.${problems[0].path}`, problems[0].message);
        }
        const updated = await tx.achievements.update(
          id,
          { status, ...(action === "submit" ? { lastVerifiedAt: now } : {}) },
          now,
        );
        await tx.audit.append({
          actorId: a.userId,
          orgId: achievement.ownerOrgId,
          entityType: "achievement",
          entityId: id,
          action,
          before: achievement,
          after: updated,
        });
        if (updated) await tx.outbox.announce("achievement", id, updated.version);
        return updated as AchievementDto;
      });
    },

    /** Publishes an achievement; measure 2's negative-list rule is checked again at this gate. */
    async approve(actor: Actor | null, id: string, note: string | null) {
      const a = requirePlatformRole(actor, "reviewer");
      const now = clock.now();
      return store.transaction(async (tx) => {
        const achievement = await loadForReview(tx, a, id);
        const status = transition(
          "achievement",
          ACHIEVEMENT_LIFECYCLE,
          achievement.status,
          "approve",
        );
        const problems = achievementPolicyProblems(achievement);
        if (problems[0]) throw new AppError("CONFLICT", `cannot publish: ${problems[0].message}`);
        const updated = await tx.achievements.update(
          id,
          {
            status,
            reviewNote: note,
            publishedAt: achievement.publishedAt ?? now,
            lastVerifiedAt: now,
          },
          now,
        );
        await tx.audit.append({
          actorId: a.userId,
          orgId: achievement.ownerOrgId,
          entityType: "achievement",
          entityId: id,
          action: "approve",
          before: achievement,
          after: updated,
        });
        if (updated) await tx.outbox.announce("achievement", id, updated.version);
        return updated as AchievementDto;
      });
    },

    async reject(actor: Actor | null, id: string, reason: string) {
      const a = requirePlatformRole(actor, "reviewer");
      const note = parseInput(ZReason, reason, "reason");
      const now = clock.now();
      return store.transaction(async (tx) => {
        const achievement = await loadForReview(tx, a, id);
        const status = transition(
          "achievement",
          ACHIEVEMENT_LIFECYCLE,
          achievement.status,
          "reject",
        );
        const updated = await tx.achievements.update(id, { status, reviewNote: note }, now);
        await tx.audit.append({
          actorId: a.userId,
          orgId: achievement.ownerOrgId,
          entityType: "achievement",
          entityId: id,
          action: "reject",
          before: achievement,
          after: updated,
        });
        if (updated) await tx.outbox.announce("achievement", id, updated.version);
        return updated as AchievementDto;
      });
    },

    /** The owner confirms the listing is still accurate; it returns to public results if it had expired. */
    async reverify(actor: Actor | null, id: string) {
      const now = clock.now();
      return store.transaction(async (tx) => {
        const { actor: a, achievement } = await loadOwned(tx, actor, id);
        const updated = await tx.achievements.update(id, { lastVerifiedAt: now }, now);
        await tx.audit.append({
          actorId: a.userId,
          orgId: achievement.ownerOrgId,
          entityType: "achievement",
          entityId: id,
          action: "reverify",
          before: { lastVerifiedAt: achievement.lastVerifiedAt },
          after: { lastVerifiedAt: now },
        });
        if (updated) await tx.outbox.announce("achievement", id, updated.version);
        return updated as AchievementDto;
      });
    },
  };
}
export type AchievementsService = ReturnType<typeof makeAchievementsService>;
