import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeFakeClient } from "../../../test/fake-client";
import { roomEvent } from "../../../test/fixtures";
import { renderWithApp } from "../../../test/render";
import { RoomsPage } from "./rooms-page";

const me = {
  id: "u1",
  displayName: "杨春明",
  email: "yang@example.org",
  locale: "ZH_CN",
  platformRoles: [],
  memberships: [],
};

function node(id: string, unreadCount: number, last: Record<string, unknown>) {
  return {
    id,
    origin: "INQUIRY",
    status: "OPEN",
    unreadCount,
    lastEventAt: "2026-11-27T03:00:00.000Z",
    viewerSide: "BUYER",
    buyer: { id: "b", kind: "ENTERPRISE", nameZh: "云岭高原农业", nameEn: "Yunling Agritech" },
    seller: { id: "s", kind: "UNIVERSITY", nameZh: "昆明理工大学", nameEn: "KUST" },
    achievement: { id: "a", titleZh: "安全开关", titleEn: "Safety switch" },
    demand: null,
    lastEvent: roomEvent(4, "MESSAGE", {
      at: "2026-11-27T03:00:00.000Z",
      actor: { id: "u2", displayName: "张建国" },
      ...last,
    }),
  };
}

describe("rooms list", () => {
  it("lists my rooms with their unread counts and last event, linking to each", async () => {
    const { client } = makeFakeClient({
      viewer: () => ({ data: { me } }),
      rooms: () => ({
        data: {
          rooms: {
            edges: [
              { node: node("room-1", 3, { body: "可以按 3% 提成" }) },
              {
                node: node("room-2", 0, { kind: "OFFER_PROPOSED", offer: { id: "o", number: 2 } }),
              },
            ],
            pageInfo: { hasNextPage: false, endCursor: null },
          },
        },
      }),
    });
    renderWithApp(<RoomsPage />, { client, route: "/rooms" });
    const links = await screen.findAllByRole("link", { name: "安全开关" });
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["/rooms/room-1", "/rooms/room-2"]);
    expect(screen.getAllByText("云岭高原农业 ↔ 昆明理工大学")).toHaveLength(2);
    const [first, second] = screen.getAllByRole("listitem");
    expect(within(first as HTMLElement).getByText("张建国：可以按 3% 提成")).toBeVisible();
    expect(within(first as HTMLElement).getByLabelText("3 条未读")).toBeVisible();
    expect(within(second as HTMLElement).getByText("张建国 提出了报价 #2")).toBeVisible();
    expect(within(second as HTMLElement).queryByLabelText(/未读/)).toBeNull();
  });

  it("asks visitors to log in", async () => {
    const { client } = makeFakeClient({ viewer: () => ({ data: { me: null } }) });
    renderWithApp(<RoomsPage />, { client, language: "en", route: "/rooms" });
    expect(await screen.findByText("Log in to see the rooms you take part in.")).toBeVisible();
  });
});
