import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeFakeClient } from "../test/fake-client";
import { renderWithApp } from "../test/render";
import { AppLayout } from "./app-layout";

function user(platformRoles: string[], kinds: string[] = []) {
  return {
    id: "u1",
    displayName: "王工",
    email: "wang@example.org",
    locale: "ZH_CN",
    platformRoles,
    memberships: kinds.map((kind, i) => ({
      role: "MEMBER",
      organization: { id: `org-${i}`, kind, nameZh: "机构", nameEn: "Org" },
    })),
  };
}

function renderLayout(me: unknown, unread = 0) {
  const fake = makeFakeClient({
    viewer: () => ({ data: { me } }),
    unreadNotifications: () => ({
      data: { notifications: Array.from({ length: unread }, (_, i) => ({ id: `n${i}` })) },
    }),
  });
  renderWithApp(<AppLayout />, { client: fake.client, route: "/search?q=x" });
  return within(screen.getByRole("navigation", { name: "主导航" }));
}

describe("header navigation", () => {
  it("offers visitors the public pages only, with the current one marked", async () => {
    const nav = renderLayout(null);
    expect(nav.getByRole("link", { name: "搜索" })).toHaveAttribute("aria-current", "page");
    expect(nav.getAllByRole("link").map((a) => a.textContent)).toEqual([
      "科技成果",
      "企业出卷",
      "搜索",
    ]);
    expect(screen.queryByRole("link", { name: /^通知/ })).toBeNull();
  });

  it("adds the workspace and the notifications count for a signed-in member", async () => {
    const nav = renderLayout(user([], ["UNIVERSITY"]), 3);
    expect(await nav.findByRole("link", { name: "工作台" })).toHaveAttribute("href", "/workspace");
    expect(nav.queryByRole("link", { name: "成果审核" })).toBeNull();
    expect(await screen.findByRole("link", { name: "通知（3 条未读）" })).toHaveAttribute(
      "href",
      "/notifications",
    );
  });

  it("adds the review queue for reviewers and the broker desk for broker agencies", async () => {
    const nav = renderLayout(user(["REVIEWER"], ["BROKER_AGENCY"]));
    expect(await nav.findByRole("link", { name: "成果审核" })).toHaveAttribute("href", "/review");
    expect(nav.getByRole("link", { name: "经纪人工作台" })).toHaveAttribute("href", "/broker");
  });
});
