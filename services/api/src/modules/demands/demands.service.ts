import { type Actor, canSeeConfidential, canSeeDemand, isMemberOf } from "@openttc/domain/access";
import { ZCreateDemandInput, ZUpdateDemandInput } from "@openttc/domain/demand";
import { AppError, badInput, notFound } from "@openttc/domain/errors";
import { demandExpiresAt, freshSince } from "@openttc/domain/freshness";
import { DEMAND_LIFECYCLE, type DemandAction, transition } from "@openttc/domain/lifecycle";
import type { Visibility } from "@openttc/domain/listing-common";
import { canAnswerDemands, canPostDemands } from "@openttc/domain/organization";
import { parseInput } from "@openttc/domain/validation";
import { kunmingToday, requireActor, requireMember } from "../../shared/guards";
import { decodeCursor, type PageArgs, toConnection } from "../../shared/pagination";
import type { Clock, Store } from "../../store";
import type { DemandDto, DemandListFilter } from "./demands.repository";

/** Lifecycle actions the owner takes directly; awarding happens through an answer. */
export type OwnerDemandAction = Extract<
  DemandAction,
  "open" | "startEvaluation" | "close" | "cancel"
>;

/** The audit log keeps that confidential details changed, not what they say. */
function redacted(d: DemandDto | null) {
  if (!d) return null;
  const { confidentialZh, confidentialEn, ...rest } = d;
  return { ...rest, confidential: confidentialZh || confidentialEn ? "[redacted]" : null };
}

function cursorOfPublished(d: DemandDto): [string, string] {
  return [(d.publishedAt ?? d.createdAt).toISOString(), d.id];
}
function cursorOfUpdated(d: DemandDto): [string, string] {
  return [d.updatedAt.toISOString(), d.id];
}

/** Exam papers: authoring, lifecycle, confidential access (invitation or NDA) and the public list. */
export function makeDemandsService({ store, clock }: { store: Store; clock: Clock }) {
  const { repos } = store;

  const isExpired = (d: DemandDto) =>
    d.status === "open" && demandExpiresAt(d.deadline) <= clock.now();

  // Inside a transaction pass its repositories: PGlite has one connection, so a read outside
  // the open transaction waits for it forever.
  async function visibleTo(actor: Actor | null, d: DemandDto, from: typeof repos = repos) {
    const grants = actor ? await from.demands.grantedOrgIds(d.id) : [];
    return canSeeDemand(actor, { ...d, expired: isExpired(d) }, grants);
  }

  async function loadOwned(tx: typeof repos, actor: Actor | null, id: string) {
    const a = requireActor(actor);
    const demand = await tx.demands.findForUpdate(id);
    if (!demand || !(await visibleTo(a, demand, tx))) throw notFound("exam paper", id);
    requireMember(a, demand.ownerOrgId);
    return { actor: a, demand };
  }

  return {
    isExpired,

    async get(actor: Actor | null, id: string) {
      const demand = await repos.demands.find(id);
      if (!demand || !(await visibleTo(actor, demand))) throw notFound("exam paper", id);
      return demand;
    },

    /** The subset of the ids the actor may see. */
    async findVisible(actor: Actor | null, ids: readonly string[]) {
      const found = await repos.demands.findMany(ids);
      const visible: DemandDto[] = [];
      for (const d of found) if (await visibleTo(actor, d)) visible.push(d);
      return visible;
    },

    /** Whether the actor may read the confidential details (owner, invited or NDA-accepting organizations). */
    async canReadConfidential(actor: Actor | null, demand: DemandDto) {
      if (!actor) return false;
      if (isMemberOf(actor, demand.ownerOrgId)) return true;
      return canSeeConfidential(
        actor,
        demand.ownerOrgId,
        await repos.demands.grantedOrgIds(demand.id),
      );
    },

    async accessList(actor: Actor | null, demand: DemandDto) {
      requireMember(actor, demand.ownerOrgId);
      return repos.demands.listAccess(demand.id);
    },

    async listPublic(actor: Actor | null, filter: DemandListFilter, page: PageArgs) {
      if (filter.text && filter.text.length > 200)
        throw badInput("filter.text", "must be at most 200 characters");
      const after = page.after
        ? (decodeCursor(page.after, ["string", "string"]) as [string, string])
        : null;
      const visibilities: Visibility[] = actor ? ["public", "registered"] : ["public"];
      const audience = {
        visibilities,
        ownOrgIds: actor?.memberships.map((m) => m.orgId) ?? [],
        freshSince: freshSince(clock.now()),
        today: kunmingToday(clock.now()),
      };
      const { items, total } = await repos.demands.listPublic(
        filter,
        audience,
        page.first + 1,
        after,
      );
      return toConnection(items, page.first, total, cursorOfPublished, after !== null);
    },

    async listOwned(
      actor: Actor | null,
      orgId: string,
      statuses: DemandDto["status"][] | null,
      page: PageArgs,
    ) {
      requireMember(actor, orgId);
      const after = page.after
        ? (decodeCursor(page.after, ["string", "string"]) as [string, string])
        : null;
      const { items, total } = await repos.demands.listOwned(
        [orgId],
        statuses,
        page.first + 1,
        after,
      );
      return toConnection(items, page.first, total, cursorOfUpdated, after !== null);
    },

    async create(actor: Actor | null, orgId: string, input: unknown) {
      const a = requireMember(actor, orgId);
      const kind = a.memberships.find((m) => m.orgId === orgId)?.orgKind;
      if (!kind || !canPostDemands(kind))
        throw new AppError("FORBIDDEN", "this kind of organization cannot post exam papers");
      const data = parseInput(ZCreateDemandInput, input);
      const [org] = await repos.organizations.findMany([orgId]);
      const now = clock.now();
      return store.transaction(async (tx) => {
        const created = await tx.demands.insert({
          ...data,
          region: data.region ?? org?.region ?? null,
          ownerOrgId: orgId,
          createdBy: a.userId,
          lastVerifiedAt: now,
        });
        await tx.audit.append({
          actorId: a.userId,
          orgId,
          entityType: "demand",
          entityId: created.id,
          action: "create",
          before: null,
          after: redacted(created),
        });
        await tx.outbox.announce("demand", created.id, created.version);
        return created;
      });
    },

    async update(actor: Actor | null, id: string, input: unknown) {
      const present = parseInput(ZUpdateDemandInput, input);
      const now = clock.now();
      return store.transaction(async (tx) => {
        const { actor: a, demand } = await loadOwned(tx, actor, id);
        if (demand.status !== "draft" && demand.status !== "open") {
          throw new AppError(
            "CONFLICT",
            `cannot edit an exam paper that is ${demand.status}; allowed when draft or open`,
          );
        }
        const { id: _id, ownerOrgId: _o, status: _s, ...current } = demand;
        const merged = parseInput(ZCreateDemandInput, { ...current, ...present });
        if (demand.status === "open" && merged.deadline < kunmingToday(now)) {
          throw badInput("input.deadline", "must not be in the past for an open exam paper");
        }
        const updated = await tx.demands.update(id, { ...present, lastVerifiedAt: now }, now);
        await tx.audit.append({
          actorId: a.userId,
          orgId: demand.ownerOrgId,
          entityType: "demand",
          entityId: id,
          action: "update",
          before: redacted(demand),
          after: redacted(updated),
        });
        if (updated) await tx.outbox.announce("demand", id, updated.version);
        return updated as DemandDto;
      });
    },

    async transition(actor: Actor | null, id: string, action: OwnerDemandAction) {
      const now = clock.now();
      return store.transaction(async (tx) => {
        const { actor: a, demand } = await loadOwned(tx, actor, id);
        const status = transition("exam paper", DEMAND_LIFECYCLE, demand.status, action);
        if (action === "open" && demand.deadline < kunmingToday(now)) {
          throw badInput("deadline", "is in the past; move it before opening the exam paper");
        }
        const updated = await tx.demands.update(
          id,
          { status, ...(action === "open" ? { publishedAt: now, lastVerifiedAt: now } : {}) },
          now,
        );
        await tx.audit.append({
          actorId: a.userId,
          orgId: demand.ownerOrgId,
          entityType: "demand",
          entityId: id,
          action,
          before: redacted(demand),
          after: redacted(updated),
        });
        if (updated) await tx.outbox.announce("demand", id, updated.version);
        return updated as DemandDto;
      });
    },

    /** The owner invites an organization to read the confidential details and answer. */
    async invite(actor: Actor | null, demandId: string, orgId: string) {
      const now = clock.now();
      return store.transaction(async (tx) => {
        const { actor: a, demand } = await loadOwned(tx, actor, demandId);
        const [org] = await tx.organizations.findMany([orgId]);
        if (!org) throw notFound("organization", orgId);
        if (org.id === demand.ownerOrgId)
          throw badInput("orgId", "is the owner of this exam paper");
        if (!canAnswerDemands(org.kind))
          throw badInput("orgId", "this kind of organization cannot answer exam papers");
        const grant = await tx.demands.grantAccess({
          demandId,
          orgId,
          kind: "invited",
          grantedBy: a.userId,
          grantedAt: now,
        });
        if (grant) {
          await tx.audit.append({
            actorId: a.userId,
            orgId: demand.ownerOrgId,
            entityType: "demand",
            entityId: demandId,
            action: "invite",
            before: null,
            after: grant,
          });
        }
        return demand;
      });
    },

    /** A member accepts the exam paper's NDA for their organization; the timestamp is the record. */
    async acceptNda(actor: Actor | null, demandId: string, orgId: string) {
      const a = requireMember(actor, orgId);
      const kind = a.memberships.find((m) => m.orgId === orgId)?.orgKind;
      if (!kind || !canAnswerDemands(kind))
        throw new AppError("FORBIDDEN", "this kind of organization cannot answer exam papers");
      const now = clock.now();
      return store.transaction(async (tx) => {
        const demand = await tx.demands.findForUpdate(demandId);
        if (!demand || !(await visibleTo(a, demand, tx))) throw notFound("exam paper", demandId);
        if (demand.ownerOrgId === orgId) throw badInput("orgId", "is the owner of this exam paper");
        if (demand.status !== "open")
          throw new AppError(
            "CONFLICT",
            `cannot accept the NDA of an exam paper that is ${demand.status}`,
          );
        const grant = await tx.demands.grantAccess({
          demandId,
          orgId,
          kind: "nda",
          grantedBy: a.userId,
          grantedAt: now,
        });
        if (grant) {
          await tx.audit.append({
            actorId: a.userId,
            orgId: demand.ownerOrgId,
            entityType: "demand",
            entityId: demandId,
            action: "accept_nda",
            before: null,
            after: grant,
          });
        }
        return demand;
      });
    },
  };
}
export type DemandsService = ReturnType<typeof makeDemandsService>;
