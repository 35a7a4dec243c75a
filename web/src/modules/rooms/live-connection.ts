import { createClient, type Client as WsClient } from "graphql-ws";
import { useSyncExternalStore } from "react";

/** What the live connection is doing: connected, trying again, or without a network. */
export type LiveState = "connecting" | "connected" | "reconnecting" | "offline";

export interface LiveSnapshot {
  state: LiveState;
  /** Counts the connections made; a room resumes from its last seq when this grows. */
  epoch: number;
}

let snapshot: LiveSnapshot = { state: "connecting", epoch: 0 };
const listeners = new Set<() => void>();

function update(next: Partial<LiveSnapshot>) {
  snapshot = { ...snapshot, ...next };
  for (const listener of listeners) listener();
}

function isOnline() {
  return typeof navigator === "undefined" || navigator.onLine !== false;
}

// Whether a socket is open and acknowledged; losing the network does not always close it.
let socketOpen = false;

// A handshake started without a network may hang instead of failing; it is given up after
// this long, or at once when the network returns, so the next attempt starts.
const OPEN_TIMEOUT_MS = 8_000;
const handshaking = new Set<WebSocket>();

function abandon(socket: WebSocket) {
  if (socket.readyState === WebSocket.CONNECTING) socket.close();
}

/** The browser's WebSocket, with a time limit on its opening handshake. */
function timedWebSocket(): typeof WebSocket {
  return class TimedWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      handshaking.add(this);
      const timer = setTimeout(() => abandon(this), OPEN_TIMEOUT_MS);
      const settle = () => {
        clearTimeout(timer);
        handshaking.delete(this);
      };
      this.addEventListener("open", settle);
      this.addEventListener("close", settle);
    }
  };
}

if (typeof window !== "undefined") {
  window.addEventListener("offline", () => update({ state: "offline" }));
  window.addEventListener("online", () => {
    for (const socket of handshaking) abandon(socket);
    // A socket that outlived the outage may have lost frames meanwhile: a new epoch makes
    // each room subscribe again from its last seq (a dead socket is caught by the pong timeout).
    if (socketOpen) update({ state: "connected", epoch: snapshot.epoch + 1 });
    else update({ state: "reconnecting" });
  });
}

/** Exponential backoff with jitter, capped at 30 s; coming back online cuts the wait short. */
export function retryDelay(retries: number, random = Math.random): number {
  return Math.min(30_000, 500 * 2 ** retries) + Math.floor(random() * 1000);
}

function waitToRetry(retries: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener("online", done);
      resolve();
    };
    const timer = setTimeout(done, retryDelay(retries));
    window.addEventListener("online", done);
  });
}

/** The same-origin /graphql WebSocket address; the browser sends the session cookie with it. */
export function liveUrl(path = "/graphql"): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss" : "ws"}://${host}${path}`;
}

// A socket that stops answering pings (sleeping laptop, dropped Wi-Fi) never fires "close" by
// itself; closing it after a missed pong lets the client reconnect.
const KEEP_ALIVE_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;
const LAZY_CLOSE_MS = 3_000;

/**
 * The graphql-ws client behind urql's subscriptions: lazy (visitors never open a socket),
 * retrying forever with backoff, and reporting its state to `useLiveConnection`.
 */
export function makeLiveClient(url = liveUrl()): WsClient {
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let everConnected = false;
  let activeSocket: WebSocket | undefined;
  return createClient({
    url,
    webSocketImpl: typeof WebSocket === "undefined" ? undefined : timedWebSocket(),
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: waitToRetry,
    keepAlive: KEEP_ALIVE_MS,
    // A room resuming after an outage drops its subscription just before taking the next one;
    // closing the idle socket in between would reconnect for nothing.
    lazyCloseTimeout: LAZY_CLOSE_MS,
    on: {
      connecting: () =>
        update({
          state: !isOnline() ? "offline" : everConnected ? "reconnecting" : "connecting",
        }),
      connected: () => {
        everConnected = true;
        socketOpen = true;
        update({ state: "connected", epoch: snapshot.epoch + 1 });
      },
      closed: () => {
        socketOpen = false;
        clearTimeout(pongTimer);
        update({ state: isOnline() ? "reconnecting" : "offline" });
      },
      ping: (received) => {
        if (received) return;
        pongTimer = setTimeout(() => {
          // 4408: the server did not answer in time; graphql-ws treats it as retryable.
          activeSocket?.close(4408, "Pong timeout");
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (!received) return;
        clearTimeout(pongTimer);
        // The socket answers, so the page is live whatever the last offline/online event said:
        // browsers may keep a socket through an outage without firing "online" afterwards.
        if (socketOpen && snapshot.state !== "connected")
          update({ state: "connected", epoch: snapshot.epoch + 1 });
      },
      opened: (socket) => {
        activeSocket = socket as WebSocket;
      },
    },
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The live connection's state, for the room page's indicator and for resuming rooms. */
export function useLiveConnection(): LiveSnapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** For tests: sets the state as the client would. */
export function setLiveSnapshotForTest(next: Partial<LiveSnapshot>): void {
  update(next);
}
