import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { achievementNode, taxonomy } from "../../../test/fixtures";
import { LocationProbe } from "../../../test/location-probe";
import { renderWithApp } from "../../../test/render";
import { HomePage } from "./home-page";

const stats = {
  platformStats: {
    achievements: 1234,
    transactedAchievements: 12,
    openDemands: 56,
    organizations: 90,
    organizationsByKind: [
      { kind: "UNIVERSITY", count: 30 },
      { kind: "RESEARCH_INSTITUTE", count: 20 },
      { kind: "HOSPITAL", count: 5 },
      { kind: "ENTERPRISE", count: 35 },
    ],
  },
};

const demand = {
  __typename: "Demand",
  id: "dem-1",
  titleZh: "咖啡豆低温干燥工艺",
  titleEn: "Low-temperature drying of coffee beans",
  summaryZh: "寻找节能的咖啡豆干燥方案。",
  summaryEn: "An energy-saving drying process for coffee beans.",
  field: "new_materials.carbon",
  minTrl: 5,
  wantedModes: ["JOINT_DEVELOPMENT"],
  deadline: "2099-12-31",
  status: "OPEN",
  budget: { min: 300_000, max: 800_000, currency: "CNY", negotiable: false },
  owner: { id: "org-2", nameZh: "云南咖啡集团", nameEn: "Yunnan Coffee Group" },
};

function renderHome(
  overrides: Parameters<typeof makeFakeClient>[0] = {},
  language: "zh-CN" | "en" = "zh-CN",
) {
  const fake = makeFakeClient({
    taxonomy: () => ({ data: taxonomy }),
    platformStats: () => ({ data: stats }),
    latestListings: () => ({
      data: {
        achievements: { totalCount: 1, edges: [{ cursor: "c1", node: achievementNode() }] },
        demands: { totalCount: 1, edges: [{ cursor: "d1", node: demand }] },
      },
    }),
    ...overrides,
  });
  const view = renderWithApp(
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="*" element={<LocationProbe />} />
    </Routes>,
    { client: fake.client, language },
  );
  return { ...fake, ...view };
}

describe("home page", () => {
  it("shows the public figures, the key fields and the newest listings", async () => {
    renderHome();

    const figures = await screen.findByRole("region", { name: "平台数据" });
    expect(within(figures).getByText("已发布成果").nextSibling).toHaveTextContent("1,234");
    expect(within(figures).getByText("高校与科研机构").nextSibling).toHaveTextContent("55");
    expect(within(figures).getByText("企业").nextSibling).toHaveTextContent("35");
    expect(screen.getByRole("link", { name: /新材料/ })).toHaveAttribute(
      "href",
      "/search?fieldTop=new_materials",
    );
    expect(
      screen.getByRole("link", { name: "查看成果详情：高导热石墨烯散热膜制备技术" }),
    ).toHaveAttribute("href", "/achievements/ach-1");
    expect(screen.getByRole("link", { name: "查看出卷详情：咖啡豆低温干燥工艺" })).toBeVisible();
  });

  it("says what to do next when nothing is published yet, in English", async () => {
    renderHome(
      {
        latestListings: () => ({
          data: {
            achievements: { totalCount: 0, edges: [] },
            demands: { totalCount: 0, edges: [] },
          },
        }),
      },
      "en",
    );
    expect(await screen.findByText(/Institute users can publish after logging in/)).toBeVisible();
    expect(screen.getByText(/Enterprise users can post technical demands/)).toBeVisible();
  });

  it("suggests titles as you type, with the typed part marked, and opens the one chosen", async () => {
    const user = userEvent.setup();
    const { executeQuery } = renderHome({
      suggest: ({ prefix }) => ({
        data: {
          suggest:
            prefix === "石墨"
              ? [
                  {
                    id: "ach-1",
                    kind: "ACHIEVEMENT",
                    text: "石墨烯散热膜",
                    highlighted: "<mark>石墨</mark>烯散热膜 &lt;b&gt;",
                  },
                ]
              : [],
        },
      }),
    });

    await user.type(screen.getByRole("combobox", { name: "搜索科技成果与企业出卷" }), "石墨");
    const box = screen.getByRole("combobox", { name: "搜索科技成果与企业出卷" });
    const option = await screen.findByRole("option", { name: "石墨烯散热膜 <b>" });
    expect(within(option).getByText("石墨").tagName).toBe("MARK");
    expect(box).toHaveAttribute("aria-expanded", "true");
    expect(variablesOf(executeQuery, "Suggest").at(-1)).toEqual({
      prefix: "石墨",
      locale: "ZH_CN",
      limit: 8,
    });

    await user.keyboard("{ArrowDown}");
    expect(box).toHaveAttribute("aria-activedescendant", option.id);
    expect(option).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(screen.getByTestId("location")).toHaveTextContent("/achievements/ach-1"),
    );
  });

  it("opens the results page for the words typed on Enter", async () => {
    const user = userEvent.setup();
    renderHome({ suggest: () => ({ data: { suggest: [] } }) });

    await user.type(
      screen.getByRole("combobox", { name: "搜索科技成果与企业出卷" }),
      "咖啡 干燥{Enter}",
    );

    await waitFor(() =>
      expect(screen.getByTestId("location")).toHaveTextContent(
        "/search?q=%E5%92%96%E5%95%A1+%E5%B9%B2%E7%87%A5",
      ),
    );
  });

  it("opens a suggestion with the mouse and closes the list on Escape", async () => {
    const user = userEvent.setup();
    renderHome({
      suggest: () => ({
        data: {
          suggest: [
            {
              id: "dem-1",
              kind: "DEMAND",
              text: "咖啡豆干燥",
              highlighted: "<mark>咖啡</mark>豆干燥",
            },
          ],
        },
      }),
    });
    const box = screen.getByRole("combobox", { name: "搜索科技成果与企业出卷" });
    await user.type(box, "咖啡");
    expect(await screen.findByRole("group", { name: "企业出卷" })).toBeVisible();
    await user.keyboard("{Escape}");
    expect(box).toHaveAttribute("aria-expanded", "false");

    await user.type(box, "豆");
    await user.click(await screen.findByRole("option", { name: "咖啡豆干燥" }));
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/demands/dem-1"));
  });
});
