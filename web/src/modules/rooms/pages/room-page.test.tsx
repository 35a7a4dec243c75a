import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { GraphQLRequest } from "@urql/core";
import { Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeSubject } from "wonka";
import type { AppLanguage } from "../../../i18n/languages";
import { type FakeAnswer, makeFakeClient, variablesOf } from "../../../test/fake-client";
import { roomEvent as event } from "../../../test/fixtures";
import { renderWithApp } from "../../../test/render";
import { setLiveSnapshotForTest } from "../live-connection";
import { RoomPage } from "./room-page";

const me = {
  id: "u-buyer",
  displayName: "杨春明",
  email: "yang@example.org",
  locale: "ZH_CN",
  platformRoles: [],
  memberships: [
    {
      role: "ADMIN",
      organization: { id: "org-b", kind: "ENTERPRISE", nameZh: "云岭", nameEn: "Yunling" },
    },
  ],
};
const buyerMember = { id: "u-buyer", displayName: "杨春明" };
const sellerMember = { id: "u-seller", displayName: "Zhang Jianguo" };

const terms = {
  mode: "NON_EXCLUSIVE_LICENCE",
  currency: "CNY",
  upfrontFee: 300_000,
  milestones: [],
  royalty: null,
  payLater: null,
  exclusivity: "NON_EXCLUSIVE",
  territory: ["CN"],
  termYears: 5,
  equity: null,
  investFirst: null,
  rightsGrant: null,
  incomeSplit: null,
};

function offer(overrides: Record<string, unknown> = {}) {
  return {
    id: "offer-1",
    number: 1,
    status: "PROPOSED",
    note: null,
    createdAt: "2026-11-27T03:10:00.000Z",
    previousOfferId: null,
    proposerSide: "SELLER",
    pendingSides: ["BUYER"],
    buyerAcceptedAt: null,
    sellerAcceptedAt: "2026-11-27T03:10:00.000Z",
    proposer: sellerMember,
    terms,
    changes: [],
    issues: [],
    ...overrides,
  };
}

function room(overrides: Record<string, unknown> = {}) {
  return {
    id: "room-1",
    origin: "INQUIRY",
    status: "OPEN",
    viewerSide: "BUYER",
    lastSeq: 2,
    createdAt: "2026-11-27T03:00:00.000Z",
    buyer: { id: "org-b", kind: "ENTERPRISE", nameZh: "云岭高原农业", nameEn: "Yunling Agritech" },
    seller: { id: "org-s", kind: "UNIVERSITY", nameZh: "昆明理工大学", nameEn: "KUST" },
    achievement: {
      id: "ach-1",
      titleZh: "安全开关",
      titleEn: "Safety switch",
      transferModes: ["NON_EXCLUSIVE_LICENCE", "EQUITY_INVESTMENT"],
      rightsStatus: "UNIT_RETAINED",
      rightsUseYears: null,
      negativeList: false,
      publiclyFunded: false,
    },
    demand: null,
    brokers: [],
    online: [sellerMember],
    readMarkers: [{ lastReadSeq: 2, user: sellerMember }],
    offers: [],
    deal: null,
    events: {
      hasMore: false,
      events: [
        event(1, "ROOM_OPENED", { actor: buyerMember }),
        event(2, "MESSAGE", { actor: buyerMember, body: "您好，想了解授权条件" }),
      ],
    },
    ...overrides,
  };
}

function setup({
  roomData = room(),
  language = "en",
  handlers = {},
}: {
  roomData?: unknown;
  language?: AppLanguage;
  handlers?: Record<string, (v: Record<string, unknown>) => FakeAnswer>;
} = {}) {
  const live = makeSubject<unknown>();
  const fake = makeFakeClient({
    viewer: () => ({ data: { me } }),
    room: () => ({ data: { room: roomData } }),
    markRead: ({ seq }) => ({ data: { markRead: { lastReadSeq: seq } } }),
    setTyping: () => ({ data: { setTyping: true } }),
    ...handlers,
  });
  const executeSubscription = vi.fn((_request: GraphQLRequest) => live.source);
  (fake.client as unknown as { executeSubscription: unknown }).executeSubscription =
    executeSubscription;
  const push = (e: unknown) => act(() => live.next({ data: { roomEvents: e } }));
  renderWithApp(
    <Routes>
      <Route path="/rooms/:id" element={<RoomPage />} />
    </Routes>,
    { client: fake.client, language, route: "/rooms/room-1" },
  );
  return { ...fake, executeSubscription, push };
}

afterEach(() => setLiveSnapshotForTest({ state: "connecting" }));

describe("room page: the live stream", () => {
  it("shows who said what and when, subscribes after the last seq, adds live events once and marks them read", async () => {
    const { executeSubscription, push, executeMutation } = setup();
    const stream = await screen.findByRole("list", { name: "Message history" });
    expect(within(stream).getByText("您好，想了解授权条件")).toBeVisible();
    expect(within(stream).getByText("You")).toBeVisible();
    expect(within(stream).getByText("Read by Zhang Jianguo")).toBeVisible();
    expect(within(stream).getByText("杨春明 opened the room")).toBeVisible();

    await waitFor(() => expect(executeSubscription).toHaveBeenCalled());
    expect(executeSubscription.mock.calls[0]?.[0].variables).toEqual({
      roomId: "room-1",
      afterSeq: 2,
    });

    const reply = event(3, "MESSAGE", { body: "Happy to license it." });
    push(reply);
    push(reply);
    expect(await within(stream).findAllByText("Happy to license it.")).toHaveLength(1);
    expect(within(stream).getByText("Zhang Jianguo")).toBeVisible();
    await waitFor(() =>
      expect(variablesOf(executeMutation, "MarkRead")).toContainEqual({ roomId: "room-1", seq: 3 }),
    );
  });

  it("shows the connection state and resumes from the newest seq after a reconnection", async () => {
    const { executeSubscription, push } = setup();
    await screen.findByRole("list", { name: "Message history" });
    act(() => setLiveSnapshotForTest({ state: "connected", epoch: 1 }));
    expect(screen.getByText("Live")).toBeVisible();
    push(event(3, "MESSAGE", { body: "one" }));
    push(event(4, "MESSAGE", { body: "two" }));

    act(() => setLiveSnapshotForTest({ state: "reconnecting" }));
    expect(screen.getByText("Connection lost, reconnecting…")).toBeVisible();
    act(() => setLiveSnapshotForTest({ state: "connected", epoch: 2 }));
    await waitFor(() =>
      expect(executeSubscription.mock.calls.at(-1)?.[0].variables).toEqual({
        roomId: "room-1",
        afterSeq: 4,
      }),
    );
    // The resumed stream may replay what was already shown: still once each.
    push(event(4, "MESSAGE", { body: "two" }));
    push(event(5, "MESSAGE", { body: "three" }));
    expect(await screen.findByText("three")).toBeVisible();
    expect(screen.getAllByText("two")).toHaveLength(1);

    act(() => setLiveSnapshotForTest({ state: "offline" }));
    expect(screen.getByText("Offline")).toBeVisible();
  });

  it("keeps the room on screen when a refetch cannot reach the server, and reloads it on reconnection", async () => {
    let phase: "before" | "offline" | "after" = "before";
    const { executeQuery, push } = setup({
      handlers: {
        room: () =>
          phase === "offline"
            ? { networkError: "Failed to fetch" }
            : { data: { room: room({ offers: phase === "after" ? [offer()] : [] }) } },
      },
    });
    await screen.findByRole("list", { name: "Message history" });
    act(() => setLiveSnapshotForTest({ state: "connected", epoch: 1 }));
    const loads = () => variablesOf(executeQuery, "Room").length;
    await waitFor(() => expect(screen.getByText("Live")).toBeVisible());
    const loadsBefore = loads();
    phase = "offline";
    act(() => setLiveSnapshotForTest({ state: "offline" }));
    // An offer event makes the page reload the room, which fails while offline.
    push(event(3, "OFFER_PROPOSED", {}));
    await waitFor(() => expect(loads()).toBe(loadsBefore + 1));
    expect(screen.getByText("您好，想了解授权条件")).toBeVisible();
    expect(screen.getByText("Offline")).toBeVisible();
    expect(screen.queryByText("Could not load")).toBeNull();
    expect(screen.queryByRole("button", { name: "Accept offer" })).toBeNull();

    phase = "after";
    act(() => setLiveSnapshotForTest({ state: "connected", epoch: 2 }));
    await waitFor(() => expect(loads()).toBe(loadsBefore + 2));
    expect(await screen.findByRole("button", { name: "Accept offer" })).toBeVisible();
    expect(screen.getByText("Live")).toBeVisible();
  });

  it("shows presence and typing as they change, and lets typing lapse when the message comes", async () => {
    const { push } = setup();
    expect(await screen.findByText("Online: Zhang Jianguo")).toBeVisible();
    push(event(null, "TYPING", { typing: true }));
    expect(screen.getByText("Zhang Jianguo is typing…")).toBeVisible();
    push(event(3, "MESSAGE", { body: "Here are our terms." }));
    expect(screen.queryByText("Zhang Jianguo is typing…")).toBeNull();
    push(event(null, "PRESENCE", { online: false }));
    expect(screen.getByText("Nobody else is online")).toBeVisible();
  });
});

describe("room page: history and audit", () => {
  it("loads earlier messages above the latest page, each once", async () => {
    const user = userEvent.setup();
    const latest = room({
      lastSeq: 102,
      events: {
        hasMore: true,
        events: [
          event(101, "MESSAGE", { body: "latest but one" }),
          event(102, "MESSAGE", { body: "latest" }),
        ],
      },
    });
    const { executeQuery } = setup({
      roomData: latest,
      handlers: {
        earlierRoomEvents: () => ({
          data: {
            room: {
              id: "room-1",
              events: {
                hasMore: false,
                events: [
                  event(99, "MESSAGE", { body: "much earlier" }),
                  event(100, "MESSAGE", { body: "earlier" }),
                  event(101, "MESSAGE", { body: "latest but one" }),
                ],
              },
            },
          },
        }),
      },
    });
    const stream = await screen.findByRole("list", { name: "Message history" });
    await user.click(within(stream).getByRole("button", { name: "Load earlier messages" }));
    expect(await within(stream).findByText("much earlier")).toBeVisible();
    expect(variablesOf(executeQuery, "EarlierRoomEvents")).toEqual([
      { id: "room-1", beforeSeq: 101 },
    ]);
    expect(within(stream).getAllByText("latest but one")).toHaveLength(1);
    const bubbles = within(stream)
      .getAllByText(/earlier|latest/)
      .map((p) => p.textContent);
    expect(bubbles).toEqual(["much earlier", "earlier", "latest but one", "latest"]);
    expect(within(stream).queryByRole("button", { name: "Load earlier messages" })).toBeNull();
  });

  it("lets an auditing operator read but neither post nor answer offers", async () => {
    setup({ roomData: room({ viewerSide: null, offers: [offer()] }) });
    expect(await screen.findByText("Auditing (read only)")).toBeVisible();
    expect(
      screen.getByText("Operators can read a room to audit it, but cannot post or make offers."),
    ).toBeVisible();
    expect(screen.queryByLabelText("Message")).toBeNull();
    expect(screen.queryByRole("button", { name: "Accept offer" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Make an offer" })).toBeNull();
  });
});

describe("room page: sending", () => {
  it("keeps a failed message on screen and retries it with the same clientId, stored once", async () => {
    const user = userEvent.setup();
    let calls = 0;
    const { executeMutation } = setup({
      handlers: {
        sendMessage: ({ body, clientId }) =>
          ++calls === 1
            ? { error: { message: "database unavailable", code: "INTERNAL_SERVER_ERROR" } }
            : {
                data: {
                  sendMessage: event(3, "MESSAGE", { actor: buyerMember, body, clientId }),
                },
              },
      },
    });
    const box = await screen.findByLabelText("Message");
    await user.type(box, "Can you do 3% royalty?{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent("Not sent; your message is kept.");
    expect(screen.getByText("Can you do 3% royalty?")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    expect(screen.getAllByText("Can you do 3% royalty?")).toHaveLength(1);
    const sends = variablesOf(executeMutation, "SendMessage");
    expect(sends).toHaveLength(2);
    expect(sends[1]?.clientId).toBe(sends[0]?.clientId);
    expect(sends[0]?.body).toBe("Can you do 3% royalty?");
  });

  it("shows a message once when the live stream delivers it before the send returns", async () => {
    const user = userEvent.setup();
    // No sendMessage handler: the send stays pending while the stream delivers the message.
    const { executeMutation, push } = setup();
    await user.type(await screen.findByLabelText("Message"), "Can you do 3% royalty?{Enter}");
    expect(await screen.findByText("Sending…")).toBeVisible();
    const [sent] = variablesOf(executeMutation, "SendMessage");
    push(event(3, "MESSAGE", { actor: buyerMember, body: sent?.body, clientId: sent?.clientId }));
    await waitFor(() => expect(screen.queryByText("Sending…")).toBeNull());
    expect(screen.getAllByText("Can you do 3% royalty?")).toHaveLength(1);
  });

  it("signals typing once while typing fast, and stops when the message is sent", async () => {
    const user = userEvent.setup();
    const { executeMutation } = setup({
      handlers: {
        sendMessage: ({ body, clientId }) => ({
          data: { sendMessage: event(3, "MESSAGE", { actor: buyerMember, body, clientId }) },
        }),
      },
    });
    await user.type(await screen.findByLabelText("Message"), "hello there");
    expect(variablesOf(executeMutation, "SetTyping")).toEqual([{ roomId: "room-1", typing: true }]);
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(variablesOf(executeMutation, "SetTyping").at(-1)).toEqual({
      roomId: "room-1",
      typing: false,
    });
  });
});

describe("room page: offers", () => {
  it("checks a new offer live against the policy and proposes it once the errors are gone", async () => {
    const user = userEvent.setup();
    const { executeMutation } = setup({
      handlers: {
        proposeOffer: () => ({ data: { proposeOffer: offer({ proposerSide: "BUYER" }) } }),
      },
    });
    await user.click(await screen.findByRole("button", { name: "Make an offer" }));
    expect(screen.getByText("The terms meet the policy rules and can be sent.")).toBeVisible();

    await user.click(screen.getByRole("switch", { name: "Include Equity investment" }));
    expect(screen.getByText("only an equity investment has an equity split")).toBeVisible();
    const team = screen.getByLabelText("Team's part of those shares");
    await user.clear(team);
    await user.type(team, "70");
    expect(
      await screen.findByText(
        "the completing team holds at least 80% of the shares a job achievement forms (measure 7)",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Send offer" })).toBeDisabled();

    await user.click(screen.getByRole("switch", { name: "Include Equity investment" }));
    const fee = screen.getByLabelText("Upfront fee");
    await user.clear(fee);
    await user.type(fee, "250000");
    expect(screen.getByRole("img", { name: "Payment schedule" })).toBeVisible();
    expect(screen.getByText("Datable payments over the term: 250,000 CNY")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Send offer" }));
    await waitFor(() => expect(variablesOf(executeMutation, "ProposeOffer")).toHaveLength(1));
    expect(variablesOf(executeMutation, "ProposeOffer")[0]).toMatchObject({
      roomId: "room-1",
      terms: { mode: "NON_EXCLUSIVE_LICENCE", upfrontFee: 250_000, equity: null },
    });
  });

  it("counters the other side's offer, showing what changed, and accepts an offer", async () => {
    const user = userEvent.setup();
    const { executeMutation } = setup({
      roomData: room({ offers: [offer()] }),
      handlers: {
        counterOffer: () => ({ data: { counterOffer: offer({ id: "offer-2", number: 2 }) } }),
        acceptOffer: () => ({ data: { acceptOffer: offer({ status: "ACCEPTED" }) } }),
      },
    });
    const history = await screen.findByRole("list", { name: "Offer history" });
    expect(within(history).getByText("Offer #1")).toBeVisible();
    expect(within(history).getByText("Awaiting answer")).toBeVisible();

    await user.click(within(history).getByRole("button", { name: "Counter" }));
    const fee = screen.getByLabelText("Upfront fee");
    await user.clear(fee);
    await user.type(fee, "200000");
    const diff = screen.getByRole("region", { name: "Changes from the offer you answer" });
    expect(diff).toHaveTextContent("Upfront fee: 300,000 → 200,000");
    await user.click(screen.getByRole("button", { name: "Send counter-offer" }));
    await waitFor(() => expect(variablesOf(executeMutation, "CounterOffer")).toHaveLength(1));
    expect(variablesOf(executeMutation, "CounterOffer")[0]).toMatchObject({
      offerId: "offer-1",
      terms: { upfrontFee: 200_000 },
    });

    await user.click(within(history).getByRole("button", { name: "Accept offer" }));
    await waitFor(() =>
      expect(variablesOf(executeMutation, "AcceptOffer")).toEqual([{ offerId: "offer-1" }]),
    );
  });

  it("lists a counter-offer's changes from the one before and lets its proposer withdraw it", async () => {
    const user = userEvent.setup();
    const { executeMutation } = setup({
      roomData: room({
        offers: [
          offer({ status: "COUNTERED", pendingSides: [] }),
          offer({
            id: "offer-2",
            number: 2,
            previousOfferId: "offer-1",
            proposerSide: "BUYER",
            pendingSides: ["SELLER"],
            proposer: buyerMember,
            changes: [{ path: "royalty.ratePercent", kind: "ADDED", before: null, after: "3" }],
          }),
        ],
      }),
      handlers: {
        withdrawOffer: () => ({ data: { withdrawOffer: offer({ status: "WITHDRAWN" }) } }),
      },
    });
    const history = await screen.findByRole("list", { name: "Offer history" });
    expect(within(history).getByText("Added Royalty rate: 3%")).toBeVisible();
    expect(within(history).getByText("Waiting for the other party")).toBeVisible();
    expect(within(history).queryByRole("button", { name: "Accept offer" })).toBeNull();
    await user.click(within(history).getByRole("button", { name: "Withdraw offer" }));
    await waitFor(() =>
      expect(variablesOf(executeMutation, "WithdrawOffer")).toEqual([{ offerId: "offer-2" }]),
    );
  });

  it("sums up the agreed deal in Chinese and offers no more actions", async () => {
    const accepted = offer({ status: "ACCEPTED", pendingSides: [] });
    setup({
      language: "zh-CN",
      roomData: room({
        status: "AGREED",
        offers: [accepted],
        deal: {
          id: "deal-1",
          status: "AGREED",
          agreedAt: "2026-11-27T03:20:00.000Z",
          offer: { id: "offer-1", number: 1 },
          terms: {
            ...terms,
            royalty: { ratePercent: 3, base: "NET_SALES", annualCap: null, totalCap: null },
          },
        },
      }),
    });
    expect(await screen.findByText("成交摘要")).toBeVisible();
    expect(
      screen.getByText("云岭高原农业 与 昆明理工大学 于 2026年11月27日 就报价 #1 达成交易"),
    ).toBeVisible();
    expect(screen.getAllByText("按净销售额提成 3%")[0]).toBeVisible();
    expect(screen.queryByRole("button", { name: "接受报价" })).toBeNull();
    expect(screen.queryByRole("button", { name: "提出报价" })).toBeNull();
  });
});
