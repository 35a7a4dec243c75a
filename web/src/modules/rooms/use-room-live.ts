import { type CombinedError, createRequest } from "@urql/core";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { useClient, useMutation, useQuery } from "urql";
import { pipe, subscribe, take, toPromise } from "wonka";
import { type ResultOf, readFragment } from "../../graphql/graphql";
import {
  EarlierRoomEventsQuery,
  MarkReadMutation,
  RoomEventFields,
  RoomEventsSubscription,
  RoomQuery,
} from "./graphql/rooms.graphql";
import { useLiveConnection } from "./live-connection";
import {
  emptyLog,
  mergeEvents,
  type ReadMarkers,
  type RoomEvent,
  type RoomLog,
  TYPING_LAPSE_MS,
} from "./room-log";
import { signalRead } from "./unread-signal";

type Member = { id: string; name: string };

interface LiveState {
  log: RoomLog;
  online: Map<string, string>;
  typing: Map<string, { name: string; until: number }>;
  read: ReadMarkers;
}

type Action =
  | { type: "events"; events: RoomEvent[] }
  | { type: "reset"; online: Member[]; read: ReadMarkers }
  | { type: "lapse"; now: number };

function reduce(state: LiveState, action: Action): LiveState {
  switch (action.type) {
    case "reset":
      return {
        ...state,
        online: new Map(action.online.map((m) => [m.id, m.name])),
        read: action.read,
      };
    case "lapse": {
      const typing = new Map([...state.typing].filter(([, v]) => v.until > action.now));
      return typing.size === state.typing.size ? state : { ...state, typing };
    }
    case "events": {
      let { online, typing, read } = state;
      for (const event of action.events) {
        const id = event.actor?.id;
        const name = event.actor?.displayName ?? "";
        if (!id) continue;
        if (event.kind === "PRESENCE") {
          online = new Map(online);
          if (event.online) online.set(id, name);
          else online.delete(id);
        } else if (event.kind === "TYPING" || event.kind === "MESSAGE") {
          typing = new Map(typing);
          if (event.kind === "TYPING" && event.typing) {
            typing.set(id, { name, until: Date.now() + TYPING_LAPSE_MS });
          } else typing.delete(id);
        } else if (event.kind === "READ" && event.readSeq != null) {
          const before = read.get(id)?.seq ?? 0;
          if (event.readSeq > before) {
            read = new Map(read);
            read.set(id, { name, seq: event.readSeq });
          }
        }
      }
      return { log: mergeEvents(state.log, action.events), online, typing, read };
    }
  }
}

const OFFER_KINDS = new Set([
  "OFFER_PROPOSED",
  "OFFER_COUNTERED",
  "OFFER_ACCEPTED",
  "OFFER_WITHDRAWN",
  "DEAL_AGREED",
]);

type HeldRoom = NonNullable<ResultOf<typeof RoomQuery>["room"]>;

/**
 * The room as last loaded. urql drops a query's data when a refetch fails, and the document
 * cache refetches the room after every mutation that returns one (marking it read, say): a
 * refetch that cannot reach the server must not wipe the negotiation off the screen. The
 * connection tag tells the user the page is not live meanwhile. A real answer (the room, or
 * none, or a refusal) replaces what is held.
 */
function useHeldRoom(latest: HeldRoom | null | undefined, error: CombinedError | undefined) {
  const [held, setHeld] = useState<HeldRoom | null>(null);
  const next = latest ?? (latest === null || (error && !error.networkError) ? null : held);
  if (next !== held) setHeld(next);
  return next;
}

/**
 * One room, live: the room query, then the room's events over the subscription from the last
 * seq seen. Each (re)connection subscribes again from the latest seq held, and the log keeps
 * each seq once, so nothing is missed or shown twice. Offer events refetch the room's offers.
 */
export function useRoomLive(roomId: string, viewerId: string | null) {
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RoomQuery,
    variables: { id: roomId },
    requestPolicy: "cache-and-network",
  });
  const room = useHeldRoom(data?.room, error);
  const [state, dispatch] = useReducer(reduce, {
    log: emptyLog,
    online: new Map(),
    typing: new Map(),
    read: new Map(),
  });
  const { epoch, state: connection } = useLiveConnection();
  const lastSeq = useRef(0);
  lastSeq.current = state.log.lastSeq;
  const [loaded, setLoaded] = useState(false);
  // Whether events older than the first one held remain on the server.
  const [olderLeft, setOlderLeft] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);

  useEffect(() => {
    if (!room) return;
    const events = readFragment(RoomEventFields, room.events?.events ?? []);
    dispatch({ type: "events", events: [...events] });
    dispatch({
      type: "reset",
      online: (room.online ?? []).map((m) => ({ id: m.id ?? "", name: m.displayName ?? "" })),
      read: new Map(
        (room.readMarkers ?? [])
          .filter((m) => m.user?.id)
          .map((m) => [
            m.user?.id ?? "",
            { name: m.user?.displayName ?? "", seq: m.lastReadSeq ?? 0 },
          ]),
      ),
    });
    setLoaded((was) => {
      if (!was) setOlderLeft(room.events?.hasMore ?? false);
      return true;
    });
  }, [room]);

  const firstSeq = state.log.events[0]?.seq ?? null;
  const loadOlder = useCallback(async () => {
    if (firstSeq == null) return;
    setLoadingOlder(true);
    const request = createRequest(EarlierRoomEventsQuery, { id: roomId, beforeSeq: firstSeq });
    const result = await pipe(
      client.executeQuery(request, { requestPolicy: "network-only" }),
      take(1),
      toPromise,
    );
    setLoadingOlder(false);
    const page = result.data?.room?.events;
    if (!page) return;
    dispatch({ type: "events", events: [...readFragment(RoomEventFields, page.events ?? [])] });
    setOlderLeft(page.hasMore ?? false);
  }, [client, roomId, firstSeq]);

  const refreshRoom = useCallback(() => refetch({ requestPolicy: "network-only" }), [refetch]);

  // Whatever changed while the page was cut off (offers, read markers) comes back with the room.
  const previousEpoch = useRef(epoch);
  useEffect(() => {
    const previous = previousEpoch.current;
    previousEpoch.current = epoch;
    if (loaded && previous > 0 && epoch !== previous) refreshRoom();
  }, [epoch, loaded, refreshRoom]);

  // epoch changes on every (re)connection: subscribe again from the newest seq held.
  // biome-ignore lint/correctness/useExhaustiveDependencies: epoch is the trigger, read through the ref
  useEffect(() => {
    if (!loaded) return;
    const request = createRequest(RoomEventsSubscription, { roomId, afterSeq: lastSeq.current });
    const subscription = pipe(
      client.executeSubscription(request),
      subscribe((result) => {
        const raw = result.data?.roomEvents;
        if (!raw) return;
        const event = readFragment(RoomEventFields, raw);
        dispatch({ type: "events", events: [event] });
        if (event.kind && OFFER_KINDS.has(event.kind)) refreshRoom();
      }),
    );
    return () => subscription.unsubscribe();
  }, [client, roomId, loaded, epoch, refreshRoom]);

  useEffect(() => {
    if (state.typing.size === 0) return;
    const timer = setInterval(() => dispatch({ type: "lapse", now: Date.now() }), 1000);
    return () => clearInterval(timer);
  }, [state.typing.size]);

  // Read up to the newest event while the page is in view.
  const [, markRead] = useMutation(MarkReadMutation);
  const markedSeq = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a reconnection retries a mark that failed offline
  useEffect(() => {
    const seq = state.log.lastSeq;
    if (!loaded || seq <= markedSeq.current) return;
    const mark = () => {
      if (document.visibilityState !== "visible" || seq <= markedSeq.current) return;
      const before = markedSeq.current;
      markedSeq.current = seq;
      void markRead({ roomId, seq }).then((result) => {
        // Not marked (e.g. offline): the next event or reconnection tries again.
        if (result.error) markedSeq.current = Math.min(markedSeq.current, before);
        else signalRead();
      });
    };
    mark();
    document.addEventListener("visibilitychange", mark);
    return () => document.removeEventListener("visibilitychange", mark);
  }, [loaded, state.log.lastSeq, markRead, roomId, epoch]);

  const addEvents = useCallback((events: RoomEvent[]) => dispatch({ type: "events", events }), []);

  const typing = useMemo(
    () => [...state.typing].filter(([id]) => id !== viewerId).map(([, v]) => v.name),
    [state.typing, viewerId],
  );

  return {
    room,
    fetching,
    error,
    events: state.log.events,
    online: state.online,
    typing,
    read: state.read,
    connection,
    addEvents,
    refreshRoom,
    olderLeft,
    loadingOlder,
    loadOlder,
  };
}
