import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import { NotificationsPage } from "./notifications-page";

const me = {
  id: "u1",
  displayName: "王工",
  email: "wang@example.org",
  locale: "ZH_CN",
  platformRoles: [],
  memberships: [],
};

const notifications = [
  {
    id: "n1",
    kind: "achievement_expiring",
    entityType: "achievement",
    entityId: "ach-1",
    payload: JSON.stringify({ titleZh: "石墨烯散热膜", titleEn: "Graphene film" }),
    createdAt: "2026-11-20T08:00:00.000Z",
    readAt: null,
  },
  {
    id: "n2",
    kind: "answer_received",
    entityType: "answer",
    entityId: "ans-1",
    payload: JSON.stringify({ demandId: "dem-1" }),
    createdAt: "2026-11-19T08:00:00.000Z",
    readAt: "2026-11-19T09:00:00.000Z",
  },
  {
    id: "n3",
    kind: "answer_decided",
    entityType: "answer",
    entityId: "ans-2",
    payload: JSON.stringify({ decision: "reject", demandId: "dem-2" }),
    createdAt: "2026-11-18T08:00:00.000Z",
    readAt: "2026-11-18T09:00:00.000Z",
  },
];

describe("notifications page", () => {
  it("describes each notification, links to what it concerns and marks one read at once", async () => {
    const user = userEvent.setup();
    const { client, executeMutation } = makeFakeClient({
      viewer: () => ({ data: { me } }),
      notifications: () => ({ data: { notifications } }),
      markNotificationRead: ({ id }) => ({
        data: { markNotificationRead: { id, readAt: "2026-11-21T00:00:00.000Z" } },
      }),
    });
    renderWithApp(<NotificationsPage />, { client, language: "en" });

    const text = "“Graphene film” is due for re-verification; please confirm it is still current";
    expect(await screen.findByText(text)).toBeVisible();
    expect(screen.getByRole("link", { name: `Open: ${text}` })).toHaveAttribute(
      "href",
      "/achievements/ach-1",
    );
    expect(
      screen.getByRole("link", { name: "Open: Your exam paper received a new answer" }),
    ).toHaveAttribute("href", "/workspace/demands/dem-1/answers");
    expect(screen.getByRole("link", { name: "Open: Your answer has a decision" })).toHaveAttribute(
      "href",
      "/demands/dem-2",
    );

    await user.click(screen.getByRole("button", { name: `Mark as read: ${text}` }));

    expect(variablesOf(executeMutation, "MarkNotificationRead")).toEqual([{ id: "n1" }]);
    await waitFor(() => expect(screen.queryByRole("button", { name: /Mark as read/ })).toBeNull());
  });

  it("says when there is nothing yet", async () => {
    const { client } = makeFakeClient({
      viewer: () => ({ data: { me } }),
      notifications: () => ({ data: { notifications: [] } }),
    });
    renderWithApp(<NotificationsPage />, { client });
    expect(await screen.findByText("暂无通知")).toBeVisible();
  });
});
