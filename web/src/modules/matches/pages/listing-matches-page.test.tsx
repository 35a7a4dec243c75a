import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { type FakeAnswer, makeFakeClient, variablesOf } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import { matchNode } from "../test-match";
import { ListingMatchesPage } from "./listing-matches-page";

const MATCH_ID = "5b3f7a0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

function forDemand(nodes: unknown[]) {
  return {
    demand: {
      id: "dem-1",
      titleZh: "高导热石墨烯散热膜需求",
      titleEn: null,
      owner: { id: "org-ent" },
    },
    matchesForDemand: {
      totalCount: nodes.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: nodes.map((node, i) => ({ cursor: `c${i}`, node })),
    },
  };
}

function renderPage(
  handlers: Record<string, (v: Record<string, unknown>) => FakeAnswer>,
  route = "/workspace/demands/dem-1/matches",
  language: "zh-CN" | "en" = "zh-CN",
) {
  const fake = makeFakeClient(handlers);
  renderWithApp(
    <Routes>
      <Route path="/workspace/demands/:id/matches" element={<ListingMatchesPage kind="demand" />} />
      <Route
        path="/workspace/achievements/:id/matches"
        element={<ListingMatchesPage kind="achievement" />}
      />
    </Routes>,
    { client: fake.client, route, language },
  );
  return fake;
}

function cardNamed(name: string) {
  return screen.findByRole("region", { name });
}

describe("matches of my listings", { timeout: 60_000 }, () => {
  it("asks for explanations in the UI language and shows the achievements found", async () => {
    const { executeQuery } = renderPage(
      { matchesForDemand: () => ({ data: forDemand([matchNode()]) }) },
      "/workspace/demands/dem-1/matches",
      "en",
    );

    const card = await screen.findByRole("region", {
      name: "High-conductivity heat-spreading film",
    });
    expect(
      within(card).getByRole("link", { name: "High-conductivity heat-spreading film" }),
    ).toHaveAttribute("href", "/achievements/ach-1");
    expect(within(card).getByText("KUST")).toBeInTheDocument();
    expect(variablesOf(executeQuery, "MatchesForDemand")[0]).toMatchObject({
      id: "dem-1",
      locale: "EN",
    });
  });

  it("opens the best match's explanation and leads the others with their first sentence", async () => {
    const user = userEvent.setup();
    const second = matchNode({
      id: "6c4a8b1f-2d3e-4f50-9b0c-1d2e3f4a5b6c",
      score: 0.41,
      explanation: ["第二条匹配的理由。", "第二句。"],
      achievement: { ...matchNode().achievement, id: "ach-2", titleZh: "另一项成果" },
    });
    renderPage({ matchesForDemand: () => ({ data: forDemand([matchNode(), second]) }) });

    const best = await cardNamed("高导热石墨烯散热膜");
    const why = within(best).getByRole("region", { name: "匹配理由" });
    expect(within(why).getAllByRole("listitem")).toHaveLength(2);
    const other = await cardNamed("另一项成果");
    expect(within(other).getByText("第二条匹配的理由。")).toBeInTheDocument();
    expect(within(other).queryByRole("region", { name: "匹配理由" })).not.toBeInTheDocument();

    await user.click(within(other).getByRole("button", { name: /匹配理由/ }));
    const opened = await within(other).findByRole("region", { name: "匹配理由" });
    expect(
      within(opened)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["第二条匹配的理由。", "第二句。"]);
  });

  it("marks a match contacted at once and keeps the mark when the API agrees", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderPage({
      matchesForDemand: () => ({ data: forDemand([matchNode()]) }),
    });

    const card = await screen.findByRole("region", { name: "高导热石墨烯散热膜" });
    await user.click(within(card).getByRole("button", { name: "标记已联系：高导热石墨烯散热膜" }));

    expect(within(card).getByText("已联系")).toBeInTheDocument();
    expect(
      within(card).getByRole("button", { name: "标记已联系：高导热石墨烯散热膜" }),
    ).toBeDisabled();
    expect(variablesOf(executeMutation, "MarkMatch")).toEqual([
      { matchId: MATCH_ID, action: "CONTACTED", reason: null, reasonText: null },
    ]);
  });

  it("takes the mark back and says why when the API refuses it", async () => {
    const user = userEvent.setup();
    renderPage({
      matchesForDemand: () => ({ data: forDemand([matchNode()]) }),
      markMatch: () => ({
        error: {
          message: "only the two organizations of a match and brokers may give feedback on it",
          code: "FORBIDDEN",
        },
      }),
    });

    const card = await screen.findByRole("region", { name: "高导热石墨烯散热膜" });
    await user.click(within(card).getByRole("button", { name: "标记已查看：高导热石墨烯散热膜" }));

    expect(await screen.findByText(/操作失败：only the two organizations/)).toBeInTheDocument();
    await waitFor(() => expect(within(card).queryByText("已查看")).not.toBeInTheDocument());
  });

  it("dismisses only with a coded reason, and with words for other", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderPage({
      matchesForDemand: () => ({ data: forDemand([matchNode()]) }),
      markMatch: () => ({ data: { markMatch: { id: MATCH_ID, viewerFeedback: [] } } }),
    });

    const card = await screen.findByRole("region", { name: "高导热石墨烯散热膜" });
    await user.click(within(card).getByRole("button", { name: "不合适：高导热石墨烯散热膜" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "提交" }));
    expect(await within(dialog).findByText("请选择原因")).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText("原因"));
    await user.click(await screen.findByTitle("其他"));
    await user.click(within(dialog).getByRole("button", { name: "提交" }));
    expect(await within(dialog).findByText("选择“其他”时请说明原因")).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText("说明"), "我们已有供应商");
    await user.click(within(dialog).getByRole("button", { name: "提交" }));

    await waitFor(() =>
      expect(variablesOf(executeMutation, "MarkMatch")).toEqual([
        { matchId: MATCH_ID, action: "DISMISSED", reason: "OTHER", reasonText: "我们已有供应商" },
      ]),
    );
    expect(within(card).getByText("不合适", { selector: ".ant-tag" })).toBeInTheDocument();
  });

  it("shows the exam papers an achievement fits, linking to them", async () => {
    renderPage(
      {
        matchesForAchievement: () => ({
          data: {
            achievement: {
              id: "ach-1",
              titleZh: "高导热石墨烯散热膜",
              titleEn: null,
              owner: { id: "org-u" },
            },
            matchesForAchievement: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: [{ cursor: "c0", node: matchNode() }],
            },
          },
        }),
      },
      "/workspace/achievements/ach-1/matches",
    );

    const link = await screen.findByRole("link", { name: "高导热石墨烯散热膜需求" });
    expect(link).toHaveAttribute("href", "/demands/dem-1");
    expect(screen.getByText("滇能科技")).toBeInTheDocument();
  });

  it("says how scores are made: the weights version and what it was fitted from", async () => {
    const user = userEvent.setup();
    renderPage(
      {
        matchesForDemand: () => ({ data: forDemand([matchNode()]) }),
        matcherWeights: () => ({
          data: {
            matcherWeights: {
              version: 3,
              fittedAt: "2026-11-20T00:00:00Z",
              positiveSamples: 120,
              negativeSamples: 45,
              weights: [
                { name: "TRL", weight: 0.8 },
                { name: "TEXT", weight: 2.4 },
              ],
            },
          },
        }),
      },
      "/workspace/demands/dem-1/matches",
      "en",
    );

    await user.click(await screen.findByRole("button", { name: /How the match score is made/ }));

    expect(
      await screen.findByText(/Weights version 3, fitted on .* from 120 positive and 45 negative/),
    ).toBeInTheDocument();
    const items = screen.getAllByText(/^(Text relevance|Readiness \(TRL\)): /);
    expect(items.map((i) => i.textContent)).toEqual([
      "Text relevance: 2.4",
      "Readiness (TRL): 0.8",
    ]);
  });

  it("says what to do when nothing matches yet", async () => {
    renderPage(
      { matchesForDemand: () => ({ data: forDemand([]) }) },
      "/workspace/demands/dem-1/matches",
      "en",
    );

    expect(await screen.findByText("No matches yet")).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Invite organizations to read the confidential details" }),
    ).toBeInTheDocument();
  });

  it("hides the matches of another organization's listing", async () => {
    renderPage({
      matchesForDemand: () => ({ error: { message: "not yours", code: "FORBIDDEN" } }),
    });

    expect(await screen.findByText("看不到这些匹配结果")).toBeInTheDocument();
  });
});
