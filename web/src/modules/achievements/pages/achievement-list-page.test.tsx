import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { achievementNode, achievementsPage, taxonomy } from "../../../test/fixtures";
import { renderWithApp } from "../../../test/render";
import { AchievementListPage } from "./achievement-list-page";

const second = achievementNode({
  id: "ach-2",
  titleZh: "",
  titleEn: "Plateau coffee fermentation starter",
  field: "biomedicine",
  trl: 3,
  transferModes: ["TRANSFER"],
  price: { min: null, max: null, currency: "CNY", negotiable: true },
  region: { country: "TH", province: "Bangkok", city: "Bangkok" },
  owner: { id: "org-2", nameZh: "朱拉隆功大学", nameEn: "Chulalongkorn University" },
});

function client(pages: Record<string, ReturnType<typeof achievementsPage>>) {
  return makeFakeClient({
    taxonomy: () => ({ data: taxonomy }),
    achievements: (variables) => ({ data: pages[String(variables.after ?? "first")] }),
  });
}

describe("achievement list", () => {
  it("renders each achievement's title, owner, field, TRL, modes, price and region in Chinese", async () => {
    const fake = client({
      first: achievementsPage([achievementNode(), second], { totalCount: 2 }),
    });
    renderWithApp(<AchievementListPage />, { client: fake.client, route: "/achievements" });

    expect(await screen.findByRole("heading", { level: 1, name: "科技成果" })).toBeInTheDocument();
    expect(screen.getByText("共 2 项成果")).toBeInTheDocument();

    const [first, other] = screen.getAllByRole("article");
    const card = within(first as HTMLElement);
    expect(card.getByRole("link", { name: /高导热石墨烯散热膜制备技术/ })).toHaveAttribute(
      "href",
      "/achievements/ach-1",
    );
    expect(card.getByText("昆明理工大学")).toBeInTheDocument();
    expect(card.getByText("碳材料与石墨烯")).toBeInTheDocument();
    expect(card.getByText("TRL 6")).toBeInTheDocument();
    expect(card.getByText("独占许可")).toBeInTheDocument();
    expect(card.getByText("先使用后付费")).toBeInTheDocument();
    expect(card.getByText("50–200 万元")).toBeInTheDocument();
    expect(card.getByText("中国 云南省 昆明市")).toBeInTheDocument();

    // No Chinese title: the English one is shown, marked as English.
    const otherCard = within(other as HTMLElement);
    expect(otherCard.getByText("Plateau coffee fermentation starter")).toHaveAttribute(
      "lang",
      "en",
    );
    expect(otherCard.getByText("面议")).toBeInTheDocument();
    expect(otherCard.getByText("转让")).toBeInTheDocument();
  });

  it("renders the same data in English", async () => {
    const fake = client({ first: achievementsPage([achievementNode()], { totalCount: 1 }) });
    renderWithApp(<AchievementListPage />, { client: fake.client, route: "/", language: "en" });

    expect(
      await screen.findByText("High-conductivity graphene heat-spreading film"),
    ).toBeInTheDocument();
    expect(screen.getByText("1 achievement")).toBeInTheDocument();
    expect(screen.getByText("Kunming University of Science and Technology")).toBeInTheDocument();
    expect(screen.getByText("Carbon materials and graphene")).toBeInTheDocument();
    expect(screen.getByText("Exclusive licence")).toBeInTheDocument();
    expect(screen.getByText("CNY 0.5–2 million")).toBeInTheDocument();
    expect(screen.getByText("昆明市, 云南省, China")).toBeInTheDocument();
  });

  it("sends the filters from the URL to the API", async () => {
    const fake = client({ first: achievementsPage([achievementNode()]) });
    renderWithApp(<AchievementListPage />, {
      client: fake.client,
      route:
        "/achievements?q=石墨烯&field=new_materials&trlMin=4&trlMax=7&modes=TRANSFER,BOGUS,EQUITY_INVESTMENT",
    });

    await screen.findByText("高导热石墨烯散热膜制备技术");
    expect(variablesOf(fake.executeQuery, "Achievements")[0]).toEqual({
      first: 12,
      after: null,
      filter: {
        text: "石墨烯",
        field: "new_materials",
        trlMin: 4,
        trlMax: 7,
        transferModes: ["TRANSFER", "EQUITY_INVESTMENT"],
      },
    });
    expect(screen.getByRole("searchbox", { name: "关键词" })).toHaveValue("石墨烯");
  });

  it("loads the next page after the end cursor and appends it", async () => {
    const user = userEvent.setup();
    // A page with a next page is full (Relay): 12 here, then the 13th on the second page.
    const firstPage = Array.from({ length: 12 }, (_, i) =>
      achievementNode({ id: `ach-${i + 10}`, titleZh: `成果 ${i + 1}` }),
    );
    const fake = client({
      first: achievementsPage(firstPage, {
        totalCount: 13,
        hasNextPage: true,
        endCursor: "page-1-end",
      }),
      "page-1-end": achievementsPage([second], { totalCount: 13, hasNextPage: false }),
    });
    renderWithApp(<AchievementListPage />, { client: fake.client, route: "/achievements" });

    expect(await screen.findByText("已显示 12 / 13 项")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "加载更多" }));

    expect(await screen.findByText("Plateau coffee fermentation starter")).toBeInTheDocument();
    expect(screen.getByText("成果 12")).toBeInTheDocument();
    expect(screen.getByText("已显示 13 / 13 项")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "加载更多" })).not.toBeInTheDocument();
    expect(variablesOf(fake.executeQuery, "Achievements").map((v) => v.after)).toContain(
      "page-1-end",
    );
  });

  it("says what to do when no achievement matches, and clears the filters", async () => {
    const user = userEvent.setup();
    const fake = client({ first: achievementsPage([], { totalCount: 0 }) });
    renderWithApp(<AchievementListPage />, {
      client: fake.client,
      route: "/achievements?trlMin=9",
    });

    expect(await screen.findByText("没有符合条件的成果")).toBeInTheDocument();
    expect(screen.getByText(/放宽技术成熟度范围/)).toBeInTheDocument();
    const [, clear] = screen.getAllByRole("button", { name: /清除筛选/ });
    await user.click(clear as HTMLElement);
    await waitFor(() =>
      expect(variablesOf(fake.executeQuery, "Achievements").at(-1)).toEqual({
        first: 12,
        after: null,
        filter: {},
      }),
    );
  });

  it("shows the API's error with a retry button", async () => {
    const fake = makeFakeClient({
      taxonomy: () => ({ data: taxonomy }),
      achievements: () => ({
        error: { message: "filter.text: must be at most 200 characters", code: "BAD_USER_INPUT" },
      }),
    });
    renderWithApp(<AchievementListPage />, { client: fake.client, route: "/achievements" });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("加载失败");
    expect(alert).toHaveTextContent("filter.text: must be at most 200 characters");
    expect(within(alert).getByRole("button", { name: "重试" })).toBeInTheDocument();
  });
});
