import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { achievementNode, taxonomy } from "../../../test/fixtures";
import { renderWithApp } from "../../../test/render";
import { ReviewQueuePage } from "./review-queue-page";

const reviewer = {
  id: "u-rev",
  displayName: "审核员",
  email: "reviewer@demo.openttc.org",
  locale: "ZH_CN",
  platformRoles: ["REVIEWER"],
  memberships: [],
};

function queueItem() {
  return {
    ...achievementNode(),
    keywords: ["石墨烯"],
    publiclyFunded: true,
    negativeList: false,
    rightsStatus: "TEAM_OWNERSHIP",
    rightsUseYears: null,
    updatedAt: "2026-11-20T08:00:00.000Z",
    ipAssets: [{ number: "CN1", kind: "INVENTION_PATENT", status: "GRANTED" }],
    owner: { ...achievementNode().owner, verified: true },
  };
}

function renderQueue(
  handlers: Parameters<typeof makeFakeClient>[0] = {},
  me: unknown = reviewer,
  language: "zh-CN" | "en" = "zh-CN",
) {
  const fake = makeFakeClient({
    taxonomy: () => ({ data: taxonomy }),
    viewer: () => ({ data: { me } }),
    reviewQueue: () => ({
      data: {
        reviewQueue: {
          totalCount: 1,
          pageInfo: { hasNextPage: false, endCursor: "c1" },
          edges: [{ cursor: "c1", node: queueItem() }],
        },
      },
    }),
    ...handlers,
  });
  renderWithApp(<ReviewQueuePage />, { client: fake.client, route: "/review", language });
  return fake;
}

describe("review queue", () => {
  it("is closed to users without the reviewer or operator role", async () => {
    const { executeQuery } = renderQueue({}, { ...reviewer, platformRoles: [] });
    expect(await screen.findByRole("heading", { name: "无权访问" })).toBeVisible();
    expect(variablesOf(executeQuery, "ReviewQueue")).toEqual([]);
  });

  it("asks visitors to log in", async () => {
    renderQueue({}, null, "en");
    expect(await screen.findByRole("heading", { name: "Please log in" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Log in" })).toBeVisible();
  });

  it("approves an achievement, which then leaves the queue", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderQueue({
      approveAchievement: () => ({
        data: { approveAchievement: { id: "ach-1", status: "PUBLISHED" } },
      }),
    });
    expect(await screen.findByText("1 项成果待审核")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "通过：高导热石墨烯散热膜制备技术" }));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByLabelText("审核意见（可选）"), "材料齐全");
    await user.click(within(dialog).getByRole("button", { name: "确认通过" }));

    await waitFor(() =>
      expect(variablesOf(executeMutation, "ApproveAchievement")).toEqual([
        { id: "ach-1", note: "材料齐全" },
      ]),
    );
    expect(await screen.findByText("审核队列已清空")).toBeVisible();
  });

  it("needs a reason to send back, and shows the API's refusal beside it without losing it", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderQueue({
      rejectAchievement: () => ({
        error: {
          message: "reason: must be at most 2000 characters",
          code: "BAD_USER_INPUT",
          issues: [{ path: "reason", message: "must be at most 2000 characters" }],
        },
      }),
    });
    await user.click(
      await screen.findByRole("button", { name: "退回：高导热石墨烯散热膜制备技术" }),
    );
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "确认退回" }));
    expect(await within(dialog).findByText("请说明退回原因")).toBeInTheDocument();
    expect(variablesOf(executeMutation, "RejectAchievement")).toEqual([]);

    await user.type(within(dialog).getByLabelText("退回原因"), "请补充专利证书");
    await user.click(within(dialog).getByRole("button", { name: "确认退回" }));

    expect(await within(dialog).findByText("不能超过 2000 个字符")).toBeInTheDocument();
    expect(within(dialog).getByLabelText("退回原因")).toHaveValue("请补充专利证书");
    expect(variablesOf(executeMutation, "RejectAchievement")).toEqual([
      { id: "ach-1", reason: "请补充专利证书" },
    ]);
    expect(screen.getByRole("button", { name: "退回：高导热石墨烯散热膜制备技术" })).toBeVisible();
  });
});
