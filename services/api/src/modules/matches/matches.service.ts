import { type Actor, hasPlatformRole, isMemberOf } from "@openttc/domain/access";
import { AppError, badInput, notFound } from "@openttc/domain/errors";
import { type MatchDismissReason, ZMarkMatchInput } from "@openttc/domain/match";
import { parseInput } from "@openttc/domain/validation";
import type { DismissReason, FeedbackEvent } from "@openttc/matcher/learn/feedback";
import { labelFeedback } from "@openttc/matcher/learn/feedback";
import { fitWeights } from "@openttc/matcher/learn/fit-weights";
import type { ComponentVector } from "@openttc/matcher/score/components";
import { requireActor } from "../../shared/guards";
import { type PageArgs, toConnection } from "../../shared/pagination";
import type { Clock, Store } from "../../store";
import type { AchievementsService } from "../achievements/achievements.service";
import type { DemandsService } from "../demands/demands.service";
import type { MatchEngine } from "./matches.engine";
import type { MatchDto, MatchFeedbackDto, ScoreCursor } from "./matches.repository";

/** A match as one viewer sees it: with their own feedback. */
export type MatchView = MatchDto & { viewerFeedback: MatchFeedbackDto[] };

// The API's dismissal codes in the matcher's learning vocabulary: a topical dismissal says the
// pair was wrong, one about terms or timing says less about the match itself.
const LEARNED_REASON: Record<MatchDismissReason, DismissReason> = {
  NOT_OUR_FIELD: "wrong_field",
  BENEFIT_UNCLEAR: "not_relevant",
  TOO_EARLY_TRL_TOO_LOW: "immature",
  PRICE_OR_TERMS: "too_expensive",
  IP_NOT_AVAILABLE: "wrong_mode",
  COMMERCIAL_ROUTE_UNCLEAR: "wrong_mode",
  OTHER: "other",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a score cursor back, refusing anything this API did not write. */
function decodeScoreCursor(cursor: string | null): ScoreCursor | null {
  if (cursor === null) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      typeof key[0] === "number" &&
      Number.isFinite(key[0]) &&
      key[0] >= 0 &&
      key[0] <= 1 &&
      typeof key[1] === "string" &&
      UUID.test(key[1])
    ) {
      return [key[0], key[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput("after", "is not a cursor returned by this API");
}

/** Matches for both sides and brokers, feedback on them, and learning the weights from it. */
export function makeMatchesService({
  store,
  clock,
  engine,
  demands,
  achievements,
}: {
  store: Store;
  clock: Clock;
  engine: MatchEngine;
  demands: DemandsService;
  achievements: AchievementsService;
}) {
  const { repos } = store;

  async function isBroker(actor: Actor) {
    return (await repos.matches.brokerFields(actor.userId)) !== null;
  }

  /** Members of the listing's organization, operators and brokers; others are refused. */
  async function requireMatchViewer(actor: Actor | null, ownerOrgId: string) {
    const a = requireActor(actor);
    if (isMemberOf(a, ownerOrgId) || hasPlatformRole(a, "operator") || (await isBroker(a)))
      return a;
    throw new AppError(
      "FORBIDDEN",
      "only the listing's organization, operators and brokers may see its matches",
    );
  }

  async function withFeedback(actor: Actor, items: MatchDto[]): Promise<MatchView[]> {
    const feedback = await repos.matches.feedbackOf(actor.userId, items);
    return items.map((m) => ({
      ...m,
      viewerFeedback: feedback.filter(
        (f) => f.demandId === m.demandId && f.achievementId === m.achievementId,
      ),
    }));
  }

  /** A page fetched with one extra row, as a connection of the viewer's views. */
  async function connection(
    actor: Actor,
    page: PageArgs,
    result: { items: MatchDto[]; total: number },
  ) {
    const items = await withFeedback(actor, result.items);
    return toConnection(items, page.first, result.total, (m) => [m.score, m.id], !!page.after);
  }

  return {
    /** An exam paper's matches, best first: its organization, operators and brokers. */
    async listForDemand(actor: Actor | null, demandId: string, page: PageArgs) {
      const cursor = decodeScoreCursor(page.after);
      const demand = await demands.get(actor, demandId);
      const a = await requireMatchViewer(actor, demand.ownerOrgId);
      const result = await repos.matches.listForDemand(
        demandId,
        engine.liveAt(),
        cursor,
        page.first + 1,
      );
      return connection(a, page, result);
    },

    /** An achievement's matches (the exam papers it fits), best first: its organization, operators and brokers. */
    async listForAchievement(actor: Actor | null, achievementId: string, page: PageArgs) {
      const cursor = decodeScoreCursor(page.after);
      const achievement = await achievements.get(actor, achievementId);
      const a = await requireMatchViewer(actor, achievement.ownerOrgId);
      const result = await repos.matches.listForAchievement(
        achievementId,
        engine.liveAt(),
        cursor,
        page.first + 1,
      );
      return connection(a, page, result);
    },

    /** The best matches in the broker's fields that nobody has contacted or dismissed yet. */
    async brokerQueue(actor: Actor | null, page: PageArgs) {
      const a = requireActor(actor);
      const cursor = decodeScoreCursor(page.after);
      const fields = await repos.matches.brokerFields(a.userId);
      if (fields === null) throw new AppError("FORBIDDEN", "only brokers have a match queue");
      const result =
        fields.length === 0
          ? { items: [], total: 0 }
          : await repos.matches.listUnattended(fields, engine.liveAt(), cursor, page.first + 1);
      return connection(a, page, result);
    },

    /**
     * Records what the viewer did with a match. The side is the viewer's relation to the pair:
     * the exam paper's organization (enterprise), the achievement's (institute), or a broker.
     */
    async mark(actor: Actor | null, input: unknown): Promise<MatchView> {
      const a = requireActor(actor);
      const data = parseInput(ZMarkMatchInput, input, "input");
      const match = await repos.matches.find(data.matchId);
      if (!match) throw notFound("match", data.matchId);
      const [demand] = await repos.demands.findMany([match.demandId]);
      const [achievement] = await repos.achievements.findMany([match.achievementId]);
      if (!demand || !achievement) throw notFound("match", data.matchId);
      let side: "enterprise" | "institute" | "broker";
      let orgId: string | null = null;
      if (isMemberOf(a, demand.ownerOrgId)) {
        side = "enterprise";
        orgId = demand.ownerOrgId;
      } else if (isMemberOf(a, achievement.ownerOrgId)) {
        side = "institute";
        orgId = achievement.ownerOrgId;
      } else if (await isBroker(a)) {
        side = "broker";
      } else {
        throw new AppError(
          "FORBIDDEN",
          "only the two organizations of a match and brokers may give feedback on it",
        );
      }
      await repos.matches.upsertFeedback({
        matchId: match.id,
        demandId: match.demandId,
        achievementId: match.achievementId,
        side,
        orgId,
        userId: a.userId,
        action: data.action,
        reason: data.action === "dismissed" ? (data.reason ?? null) : null,
        reasonText: data.reasonText,
        components: match.components,
        score: match.score,
        now: clock.now(),
      });
      const [view] = await withFeedback(a, [match]);
      return view as MatchView;
    },

    /** The weights scoring matches now, with their version and when they were fitted. */
    weights(actor: Actor | null) {
      requireActor(actor);
      return engine.weightsInUse();
    },

    /**
     * Fits new weights from the market's signals — contacts positive, dismissals negative by
     * reason, evaluated and awarded answers by their outcome — starting from the weights in
     * use, and makes them the active version. Text relevance stays dominant (fitWeights' floor).
     * Null when there is nothing to learn from yet: the weights in use stay.
     */
    async refitWeights() {
      const inUse = await engine.weightsInUse();
      const events: FeedbackEvent[] = [];
      for (const f of await repos.matches.learningFeedback()) {
        const values = f.components as unknown as ComponentVector;
        if (f.action === "contacted") events.push({ kind: "contacted", values });
        else if (f.action === "dismissed")
          events.push({
            kind: "dismissed",
            reason: LEARNED_REASON[f.reason ?? "OTHER"],
            values,
          });
      }
      const outcomes = await repos.matches.answerOutcomes();
      if (outcomes.length) {
        const { matcher } = await engine.matcher();
        const ds = new Map(
          (await engine.listings.demands(outcomes.map((o) => o.demandId))).map((d) => [d.id, d]),
        );
        const as = new Map(
          (await engine.listings.achievements(outcomes.map((o) => o.achievementId))).map((x) => [
            x.id,
            x,
          ]),
        );
        for (const o of outcomes) {
          const d = ds.get(o.demandId);
          const x = as.get(o.achievementId);
          if (!d || !x) continue;
          const values = matcher.components(d, x);
          if (o.awarded) events.push({ kind: "deal", values });
          if (o.overall !== null)
            events.push({ kind: "answer_evaluated", overall: o.overall, values });
        }
      }
      const pairs = labelFeedback(events);
      if (pairs.length === 0) return null;
      const positive = pairs.filter((p) => p.label === 1).length;
      const negative = pairs.length - positive;
      const weights = fitWeights(pairs, { prior: inUse.weights });
      const row = await repos.matches.insertActiveWeights({
        weights: weights as unknown as Record<string, unknown>,
        positiveSamples: positive,
        negativeSamples: negative,
        fittedAt: clock.now(),
      });
      return { version: row.version, weights, positive, negative, events: events.length };
    },
  };
}
export type MatchesService = ReturnType<typeof makeMatchesService>;
