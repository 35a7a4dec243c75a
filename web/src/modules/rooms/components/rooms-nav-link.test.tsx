import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppLayout } from "../../../app/app-layout";
import { makeFakeClient } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import { signalRead } from "../unread-signal";

const me = {
  id: "u1",
  displayName: "杨春明",
  email: "yang@example.org",
  locale: "ZH_CN",
  platformRoles: [],
  memberships: [],
};

describe("rooms in the navigation", () => {
  it("shows signed-in people one Rooms item with the unread total, counted again when a room is read", async () => {
    let unread = 5;
    const { client, executeQuery } = makeFakeClient({
      viewer: () => ({ data: { me } }),
      roomUnreadCount: () => ({ data: { roomUnreadCount: unread } }),
    });
    renderWithApp(<AppLayout />, { client, language: "en", route: "/rooms/room-1" });
    const nav = within(screen.getByRole("navigation", { name: "Main navigation" }));
    const link = await nav.findByRole("link", { name: "Rooms (5 unread)" });
    expect(link).toHaveAttribute("href", "/rooms");
    expect(link).toHaveAttribute("aria-current", "page");

    unread = 0;
    const before = executeQuery.mock.calls.length;
    signalRead();
    await waitFor(() => expect(executeQuery.mock.calls.length).toBeGreaterThan(before));
    expect(await nav.findByRole("link", { name: "Rooms" })).toBeVisible();
  });

  it("is not offered to visitors", async () => {
    const { client } = makeFakeClient({ viewer: () => ({ data: { me: null } }) });
    renderWithApp(<AppLayout />, { client, language: "en", route: "/" });
    const nav = within(screen.getByRole("navigation", { name: "Main navigation" }));
    await nav.findByRole("link", { name: "Search" });
    expect(nav.queryByRole("link", { name: /^Rooms/ })).toBeNull();
  });
});
