import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { type FakeAnswer, makeFakeClient, variablesOf } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import { WorkspacePage } from "./workspace-page";

function viewer(kind: string, role = "ADMIN") {
  return {
    me: {
      id: "u1",
      displayName: "王研究员",
      platformRoles: [],
      memberships: [
        {
          role,
          organization: {
            id: "org-1",
            kind,
            nameZh: "昆明理工大学",
            nameEn: "KUST",
            verified: true,
          },
        },
      ],
    },
  };
}

function achievementRow(overrides: Record<string, unknown> = {}) {
  return {
    id: "ach-1",
    titleZh: "石墨烯散热膜",
    titleEn: "Graphene film",
    status: "DRAFT",
    trl: 6,
    field: "new_materials.carbon",
    reviewNote: null,
    expired: false,
    expiresAt: null,
    updatedAt: "2026-11-01T00:00:00Z",
    ...overrides,
  };
}

function connection(key: string, nodes: unknown[]) {
  return {
    [key]: {
      totalCount: nodes.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node, i) => ({ cursor: `c${i}`, node })),
    },
  };
}

const members = {
  organization: {
    id: "org-1",
    members: [
      {
        userId: "u1",
        displayName: "王研究员",
        email: "wang@example.org",
        role: "ADMIN",
        joinedAt: "2026-01-01T00:00:00Z",
      },
      {
        userId: "u2",
        displayName: "李工",
        email: "li@example.org",
        role: "MEMBER",
        joinedAt: "2026-02-01T00:00:00Z",
      },
    ],
    pendingInvitations: [],
  },
};

function renderWorkspace(
  handlers: Record<string, (v: Record<string, unknown>) => FakeAnswer>,
  route = "/workspace",
  language: "zh-CN" | "en" = "zh-CN",
) {
  const fake = makeFakeClient(handlers);
  renderWithApp(
    <Routes>
      <Route path="/workspace" element={<WorkspacePage />} />
      <Route path="/login" element={<p>login page</p>} />
    </Routes>,
    { client: fake.client, route, language },
  );
  return fake;
}

describe("workspace page", { timeout: 60_000 }, () => {
  it("asks a visitor to log in and comes back afterwards", async () => {
    const user = userEvent.setup();
    renderWorkspace({ workspaceViewer: () => ({ data: { me: null } }) });

    await user.click(await screen.findByRole("button", { name: "登录" }));

    expect(await screen.findByText("login page")).toBeInTheDocument();
  });

  it("offers to create an organization and names the problems beside the fields", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderWorkspace(
      {
        workspaceViewer: () => ({ data: { me: { ...viewer("UNIVERSITY").me, memberships: [] } } }),
      },
      "/workspace",
      "en",
    );

    await user.type(await screen.findByLabelText("Name in Chinese"), "滇能科技");
    await user.click(screen.getByRole("button", { name: "Create organization" }));

    expect(await screen.findByText("Choose one")).toBeInTheDocument();
    expect(screen.getByText("Required")).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Name in Chinese")).toHaveValue("滇能科技");
  });

  it("shows a submitted achievement as pending review at once, before the API answers", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderWorkspace({
      workspaceViewer: () => ({ data: viewer("UNIVERSITY") }),
      orgAchievements: () => ({ data: connection("orgAchievements", [achievementRow()]) }),
    });

    const row = (await screen.findByText("石墨烯散热膜")).closest("tr") as HTMLElement;
    expect(within(row).getByText("草稿")).toBeInTheDocument();
    await user.click(within(row).getByRole("button", { name: "提交审核：石墨烯散热膜" }));

    expect(within(row).getByText("待审核")).toBeInTheDocument();
    expect(variablesOf(executeMutation, "TransitionAchievement")).toEqual([
      { id: "ach-1", action: "SUBMIT" },
    ]);
  });

  it("puts the stored status back and says why when the API refuses the action", async () => {
    const user = userEvent.setup();
    renderWorkspace({
      workspaceViewer: () => ({ data: viewer("UNIVERSITY") }),
      orgAchievements: () => ({
        data: connection("orgAchievements", [
          achievementRow({ status: "REJECTED", reviewNote: "请补充专利证书" }),
        ]),
      }),
      transitionAchievement: () => ({
        error: { message: "cannot submit an achievement that is withdrawn", code: "CONFLICT" },
      }),
    });

    expect(await screen.findByText("审核意见：请补充专利证书")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "提交审核：石墨烯散热膜" }));

    expect(await screen.findByText(/操作失败：cannot submit/)).toBeInTheDocument();
    const row = screen.getByText("石墨烯散热膜").closest("tr") as HTMLElement;
    expect(within(row).getByText("未通过")).toBeInTheDocument();
  });

  it("asks before withdrawing and offers matches only for published achievements", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderWorkspace({
      workspaceViewer: () => ({ data: viewer("UNIVERSITY") }),
      orgAchievements: () => ({
        data: connection("orgAchievements", [
          achievementRow({ status: "PUBLISHED" }),
          achievementRow({ id: "ach-2", titleZh: "草稿成果", status: "DRAFT" }),
        ]),
      }),
    });

    expect(
      await screen.findByRole("button", { name: "匹配结果：石墨烯散热膜" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "匹配结果：草稿成果" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "撤回：石墨烯散热膜" }));
    expect(executeMutation).not.toHaveBeenCalled();
    await user.click(await screen.findByRole("button", { name: "确定" }));

    expect(variablesOf(executeMutation, "TransitionAchievement")).toEqual([
      { id: "ach-1", action: "WITHDRAW" },
    ]);
  });

  it("opens the exam-paper tab from the link, with the answers of each paper", async () => {
    renderWorkspace(
      {
        workspaceViewer: () => ({ data: viewer("ENTERPRISE") }),
        orgAchievements: () => ({ data: connection("orgAchievements", []) }),
        orgDemands: () => ({
          data: connection("orgDemands", [
            {
              id: "dem-1",
              titleZh: "高导热散热膜",
              titleEn: null,
              status: "OPEN",
              field: "new_materials.carbon",
              deadline: "2030-06-30",
              responseDeadline: "2030-07-31",
              expired: false,
              updatedAt: "2026-11-01T00:00:00Z",
              answers: { totalCount: 3 },
            },
          ]),
        }),
      },
      "/workspace?org=org-1&tab=demands",
      "en",
    );

    expect(
      await screen.findByRole("tab", { name: "My exam papers", selected: true }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole("button", { name: "Answers (3): 高导热散热膜" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Start evaluation: 高导热散热膜" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Open for answers")).toBeInTheDocument();
  });

  it("shows an institute the answers it sent, with the decision and the score it got", async () => {
    renderWorkspace(
      {
        workspaceViewer: () => ({ data: viewer("UNIVERSITY") }),
        orgAnswers: () => ({
          data: {
            orgAnswers: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: [
                {
                  node: {
                    id: "ans-1",
                    status: "REJECTED",
                    overdue: false,
                    submittedAt: "2026-10-01T00:00:00Z",
                    decisionReason: "PRICE_TOO_HIGH",
                    feedback: "预算有限",
                    quote: { amount: 1_200_000, currency: "CNY" },
                    evaluation: { id: "ev-1", overall: 3.5, comment: "方案扎实" },
                    demand: { id: "dem-1", titleZh: "高导热散热膜", titleEn: null },
                  },
                },
              ],
            },
          },
        }),
      },
      "/workspace?tab=answers",
    );

    expect(
      await screen.findByRole("tab", { name: "我的答卷", selected: true }),
    ).toBeInTheDocument();
    const row = (await screen.findByRole("link", { name: "高导热散热膜" })).closest(
      "tr",
    ) as HTMLElement;
    expect(within(row).getByText("未采纳")).toBeInTheDocument();
    expect(within(row).getByText("未采纳原因：报价过高 · 预算有限")).toBeInTheDocument();
    expect(within(row).getByText("综合得分 3.5")).toBeInTheDocument();
  });

  it("confirms a published achievement is still current and says so", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderWorkspace({
      workspaceViewer: () => ({ data: viewer("UNIVERSITY") }),
      orgAchievements: () => ({
        data: connection("orgAchievements", [
          achievementRow({ status: "PUBLISHED", expired: true, expiresAt: "2026-10-01T00:00:00Z" }),
        ]),
      }),
      reverifyAchievement: () => ({
        data: {
          reverifyAchievement: {
            id: "ach-1",
            expired: false,
            expiresAt: "2027-11-27T00:00:00Z",
            lastVerifiedAt: "2026-11-27T00:00:00Z",
          },
        },
      }),
    });

    expect(await screen.findByText("已过核实期，暂不公开展示")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "确认信息有效：石墨烯散热膜" }));

    expect(await screen.findByText("已确认信息有效")).toBeInTheDocument();
    expect(variablesOf(executeMutation, "ReverifyAchievement")).toEqual([{ id: "ach-1" }]);
  });

  it("says what to do when the organization has no achievements yet", async () => {
    renderWorkspace({
      workspaceViewer: () => ({ data: viewer("UNIVERSITY") }),
      orgAchievements: () => ({ data: connection("orgAchievements", []) }),
    });

    expect(await screen.findByText("还没有成果")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "发布新成果" })).toBeInTheDocument();
  });

  it("lets an admin change a member's role and puts it back when the API refuses", async () => {
    const user = userEvent.setup();
    renderWorkspace(
      {
        workspaceViewer: () => ({ data: viewer("UNIVERSITY") }),
        orgMembers: () => ({ data: members }),
        setMemberRole: () => ({
          error: { message: "an organization keeps at least one admin", code: "CONFLICT" },
        }),
      },
      "/workspace?tab=members",
    );

    const select = await screen.findByRole("combobox", { name: "王研究员 的角色" });
    await user.click(select);
    const listbox = await screen.findByRole("listbox");
    await user.click(within(listbox.parentElement as HTMLElement).getByTitle("成员"));

    expect(await screen.findByText(/an organization keeps at least one admin/)).toBeInTheDocument();
    const shown = select.closest(".ant-select") as HTMLElement;
    await waitFor(() => expect(within(shown).getByTitle("管理员")).toBeInTheDocument());
  });

  it("invites by e-mail and hands the admin the invitation link once", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderWorkspace(
      {
        workspaceViewer: () => ({ data: viewer("UNIVERSITY") }),
        orgMembers: () => ({ data: members }),
        inviteMember: () => ({
          data: {
            inviteMember: {
              id: "inv-1",
              email: "zhao@example.org",
              role: "MEMBER",
              token: "tok-123",
              createdAt: "2026-11-27T00:00:00Z",
              expiresAt: "2026-12-11T00:00:00Z",
            },
          },
        }),
      },
      "/workspace?tab=members",
      "en",
    );

    await user.type(await screen.findByLabelText("Invitee's e-mail"), "zhao@");
    await user.click(screen.getByRole("button", { name: "Send invitation" }));
    expect(await screen.findByText("Enter a valid e-mail address")).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText("Invitee's e-mail"));
    await user.type(screen.getByLabelText("Invitee's e-mail"), "zhao@example.org");
    await user.click(screen.getByRole("button", { name: "Send invitation" }));

    expect(
      await screen.findByText(`${window.location.origin}/invitations/tok-123`),
    ).toBeInTheDocument();
    expect(variablesOf(executeMutation, "InviteMember")).toEqual([
      { orgId: "org-1", input: { email: "zhao@example.org", role: "MEMBER" } },
    ]);
  });

  it("shows members without controls to a non-admin", async () => {
    renderWorkspace(
      {
        workspaceViewer: () => ({ data: viewer("UNIVERSITY", "MEMBER") }),
        orgMembers: () => ({ data: members }),
      },
      "/workspace?tab=members",
    );

    expect(await screen.findByText("只有机构管理员可以邀请和管理成员。")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "移除 李工" })).not.toBeInTheDocument();
  });
});
