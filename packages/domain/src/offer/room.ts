import { z } from "zod";

export const ROOM_ORIGINS = ["match", "answer", "inquiry"] as const;
/** What a negotiation room was opened from. */
export type RoomOrigin = (typeof ROOM_ORIGINS)[number];

export const ROOM_STATUSES = ["open", "agreed"] as const;
/** A room is open until both parties accept an offer; then it holds the deal. */
export type RoomStatus = (typeof ROOM_STATUSES)[number];

export const ROOM_SIDES = ["buyer", "seller", "broker"] as const;
/** Which side of a room a participant speaks for: the buyer organization, the seller organization, or a broker. */
export type RoomSide = (typeof ROOM_SIDES)[number];

export const PERSISTED_ROOM_EVENT_KINDS = [
  "room_opened",
  "broker_added",
  "message",
  "offer_proposed",
  "offer_countered",
  "offer_accepted",
  "offer_withdrawn",
  "deal_agreed",
] as const;
/** Events committed to the room log with a sequence number; replayed to reconnecting clients. */
export type PersistedRoomEventKind = (typeof PERSISTED_ROOM_EVENT_KINDS)[number];

export const EPHEMERAL_ROOM_EVENT_KINDS = ["presence", "typing", "read"] as const;
/**
 * Live-only signals without a sequence number: they describe current state (who is here, who
 * types, how far someone read), which the room query gives afresh, so replaying old ones would
 * only show stale state; and a read receipt with a sequence number would itself be unread.
 */
export type EphemeralRoomEventKind = (typeof EPHEMERAL_ROOM_EVENT_KINDS)[number];

/** Every kind of event a room streams. */
export type RoomEventKind = PersistedRoomEventKind | EphemeralRoomEventKind;

/** A chat message's body. */
export const ZMessageBody = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(4000, "must be at most 4000 characters");

/** The sender's idempotency key: a retried send with the same key is stored once. */
export const ZClientId = z
  .string()
  .trim()
  .min(8, "must be at least 8 characters")
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "may hold only letters, digits, '-' and '_'");

const zId = z.uuid("is not a valid id");

/** Where a room is opened from: a match, an answer, or an inquiry on an achievement or an exam paper. */
export const ZOpenRoomInput = z
  .object({
    matchId: zId.nullish(),
    answerId: zId.nullish(),
    achievementId: zId.nullish(),
    demandId: zId.nullish(),
    // The inquiring organization; inquiries only.
    asOrgId: zId.nullish(),
  })
  .superRefine((input, ctx) => {
    const given = (["matchId", "answerId", "achievementId", "demandId"] as const).filter(
      (k) => input[k] != null,
    );
    if (given.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: [given[1] ?? "matchId"],
        message: "give exactly one of matchId, answerId, achievementId or demandId",
      });
    }
    const inquiry = input.achievementId != null || input.demandId != null;
    if (inquiry && input.asOrgId == null) {
      ctx.addIssue({
        code: "custom",
        path: ["asOrgId"],
        message: "an inquiry names the organization that asks",
      });
    }
  });
export type TOpenRoomInput = z.infer<typeof ZOpenRoomInput>;
