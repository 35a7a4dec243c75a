import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { achievementNode, taxonomy } from "../../../test/fixtures";
import { renderWithApp } from "../../../test/render";
import { AchievementDetailPage } from "./achievement-detail-page";

function renderDetail(
  answer: Parameters<typeof makeFakeClient>[0]["achievement"],
  language: "zh-CN" | "en" = "zh-CN",
  handlers: Parameters<typeof makeFakeClient>[0] = {},
  me: unknown = null,
) {
  const fake = makeFakeClient({
    taxonomy: () => ({ data: taxonomy }),
    viewer: () => ({ data: { me } }),
    similarAchievements: () => ({ data: { search: { edges: [] } } }),
    ...(answer ? { achievement: answer } : {}),
    ...handlers,
  });
  const view = renderWithApp(
    <Routes>
      <Route path="/achievements/:id" element={<AchievementDetailPage />} />
    </Routes>,
    { client: fake.client, route: "/achievements/ach-1", language },
  );
  return { ...fake, ...view };
}

function memberOf(id: string, kind = "ENTERPRISE") {
  return {
    id: "u-ent",
    displayName: "赵经理",
    email: "enterprise@demo.openttc.org",
    locale: "ZH_CN",
    platformRoles: [],
    memberships: [
      {
        role: "ADMIN",
        organization: { id, kind, nameZh: "滇池材料公司", nameEn: "Dianchi Materials" },
      },
    ],
  };
}

const detail = {
  ...achievementNode(),
  descriptionZh: "采用化学气相沉积与高温石墨化工艺。",
  descriptionEn: "Chemical vapour deposition followed by graphitisation.",
  keywords: ["石墨烯", "散热"],
  expired: false,
  rightsStatus: "LONG_TERM_USE",
  rightsUseYears: 15,
  publiclyFunded: true,
  negativeList: false,
  ipAssets: [
    {
      number: "CN114081026A",
      title: "一种石墨烯膜的制备方法",
      kind: "INVENTION_PATENT",
      status: "GRANTED",
      expiresOn: "2041-06-30",
    },
  ],
  team: [
    {
      name: "李明",
      role: "项目负责人",
      title: "教授",
      nameEn: "Li Ming",
      roleEn: "Project Lead",
      titleEn: "Professor",
    },
  ],
  owner: {
    id: "org-1",
    nameZh: "昆明理工大学",
    nameEn: "Kunming University of Science and Technology",
    verified: true,
  },
  publishedAt: "2026-09-01T08:00:00.000Z",
  lastVerifiedAt: "2026-10-15T08:00:00.000Z",
};

describe("achievement detail", () => {
  it("explains the TRL, the transfer modes and the IP assets", async () => {
    renderDetail(() => ({ data: { achievement: detail } }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "高导热石墨烯散热膜制备技术" }),
    ).toBeInTheDocument();
    expect(screen.getByText("相关环境中完成系统或原型演示")).toBeInTheDocument();
    expect(screen.getByText(/零门槛费先行使用/)).toBeInTheDocument();
    expect(screen.getByText("CN114081026A")).toBeInTheDocument();
    expect(screen.getByText("发明专利")).toBeInTheDocument();
    expect(screen.getByText("已授权")).toBeInTheDocument();
    expect(screen.getByText(/2041年6月30日/)).toBeInTheDocument();
    expect(screen.getByText("长期使用权 15 年")).toBeInTheDocument();
  });

  it("shows the team as written on Chinese pages", async () => {
    renderDetail(() => ({ data: { achievement: detail } }));
    const zh = await screen.findByRole("heading", { name: "成果团队" });
    const zhList = within(zh.closest(".ant-card") as HTMLElement);
    expect(zhList.getByText("李明")).toBeVisible();
    expect(zhList.getByText("教授 · 项目负责人")).toBeVisible();
    expect(zhList.queryByText("Li Ming")).toBeNull();
  });

  it("names the team in English on English pages, keeping the name as written beside it", async () => {
    renderDetail(() => ({ data: { achievement: detail } }), "en");
    const heading = await screen.findByRole("heading", { name: "Team" });
    const team = within(heading.closest(".ant-card") as HTMLElement);
    expect(team.getByText("Li Ming")).toBeVisible();
    expect(team.getByText("李明")).toBeVisible();
    expect(team.getByText("Professor · Project Lead")).toBeVisible();
  });

  it("shows a not-found page when the API answers NOT_FOUND", async () => {
    renderDetail(
      () => ({ error: { message: "achievement ach-1 was not found", code: "NOT_FOUND" } }),
      "en",
    );

    expect(
      await screen.findByRole("heading", { name: "Achievement not found" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Back to achievements" })).toBeInTheDocument();
  });

  it("lists similar achievements found by its keywords, without itself", async () => {
    const { executeQuery } = renderDetail(() => ({ data: { achievement: detail } }), "zh-CN", {
      similarAchievements: () => ({
        data: {
          search: {
            edges: [
              { cursor: "1", node: { ...achievementNode(), trl: 6 } },
              {
                cursor: "2",
                node: achievementNode({ id: "ach-2", titleZh: "石墨烯导热垫片" }),
              },
            ],
          },
        },
      }),
    });
    const similar = await screen.findByRole("link", { name: "石墨烯导热垫片" });
    expect(similar).toHaveAttribute("href", "/achievements/ach-2");
    expect(screen.queryAllByRole("link", { name: "高导热石墨烯散热膜制备技术" })).toHaveLength(0);
    expect(variablesOf(executeQuery, "SimilarAchievements")[0]).toEqual({
      query: "石墨烯 散热",
      filter: { fieldTop: ["new_materials"] },
      locale: "ZH_CN",
      first: 5,
    });
  });

  it("tells a visitor to log in before contacting the owner", async () => {
    const user = userEvent.setup();
    renderDetail(() => ({ data: { achievement: detail } }), "en");
    await user.click(await screen.findByRole("button", { name: "Contact the owner" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/Log in to open a negotiation room/)).toBeInTheDocument();
    expect(within(dialog).getByRole("link", { name: "Sign up" })).toHaveAttribute(
      "href",
      "/signup?redirect=%2Fachievements%2Fach-1",
    );
  });

  it("opens an inquiry room for a member of another organization", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderDetail(
      () => ({ data: { achievement: detail } }),
      "zh-CN",
      { openInquiryRoom: () => ({ data: { openRoom: { id: "room-7", origin: "INQUIRY" } } }) },
      memberOf("org-ent"),
    );
    await user.click(await screen.findByRole("button", { name: "联系成果方，发起洽谈" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "开启洽谈室" }));

    expect(await within(dialog).findByRole("link", { name: "进入洽谈室" })).toHaveAttribute(
      "href",
      "/rooms/room-7",
    );
    expect(variablesOf(executeMutation, "OpenInquiryRoom")).toEqual([
      { input: { achievementId: "ach-1", asOrgId: "org-ent" } },
    ]);
  });

  it("shows the API's refusal in the dialog instead of a success", async () => {
    const user = userEvent.setup();
    renderDetail(
      () => ({ data: { achievement: detail } }),
      "zh-CN",
      {
        openInquiryRoom: () => ({
          error: { message: "only a published achievement takes inquiries", code: "CONFLICT" },
        }),
      },
      memberOf("org-ent"),
    );
    await user.click(await screen.findByRole("button", { name: "联系成果方，发起洽谈" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "开启洽谈室" }));
    await waitFor(() => expect(within(dialog).getByRole("alert")).toHaveTextContent("不接受洽谈"));
    expect(within(dialog).queryByRole("link", { name: "进入洽谈室" })).toBeNull();
  });

  it("offers no contact button to the owner's own members", async () => {
    renderDetail(
      () => ({ data: { achievement: detail } }),
      "zh-CN",
      {},
      memberOf("org-1", "UNIVERSITY"),
    );
    expect(await screen.findByText("这是本机构发布的成果。")).toBeVisible();
    expect(screen.queryByRole("button", { name: "联系成果方，发起洽谈" })).toBeNull();
  });
});
