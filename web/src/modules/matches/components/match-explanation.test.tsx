import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { FragmentOf } from "../../../graphql/graphql";
import { makeFakeClient } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import type { MatchDetailsFragment } from "../graphql/matches.graphql";
import { matchNode } from "../test-match";
import { MatchExplanation } from "./match-explanation";

function renderExplanation(language: "zh-CN" | "en" = "zh-CN", overrides = {}) {
  const node = matchNode(overrides);
  // A fixture in the fragment's shape; the masking brand exists only for the type checker.
  const match = node as unknown as FragmentOf<typeof MatchDetailsFragment>;
  return renderWithApp(<MatchExplanation match={match} sentences={node.explanation} />, {
    client: makeFakeClient({}).client,
    language,
  });
}

describe("match explanation", { timeout: 60_000 }, () => {
  it("shows the score as a meter with what it means", () => {
    renderExplanation();
    const meter = screen.getByRole("meter", { name: "匹配度" });
    expect(meter).toHaveAttribute("value", "82");
    expect(meter).toHaveAttribute("aria-valuetext", "82% · 高度匹配");
    expect(screen.getByText(/匹配度 82%/)).toHaveTextContent("高度匹配");
  });

  it("lists the explanation sentences as the API wrote them", () => {
    renderExplanation();
    expect(screen.getByText("成果 TRL 6，达到出卷要求的 TRL 5。")).toBeInTheDocument();
  });

  it("breaks the score down by component, saying which raise and which lower it", () => {
    renderExplanation("en");
    const breakdown = screen.getByRole("region", { name: "Score breakdown" });
    expect(within(breakdown).getByRole("meter", { name: "Text relevance" })).toHaveAttribute(
      "value",
      "90",
    );
    const rows = within(breakdown).getAllByRole("listitem");
    expect(rows[0]).toHaveTextContent("Text relevance");
    expect(rows[0]).toHaveTextContent("raises");
    expect(rows[2]).toHaveTextContent("Budget vs price");
    expect(rows[2]).toHaveTextContent("lowers");
    expect(rows[3]).toHaveTextContent("neutral");
  });

  it("pairs the matched terms and says when a dictionary bridged the languages", () => {
    renderExplanation("en");
    const terms = screen.getByRole("region", { name: "Matched terms" });
    const dictionaryRow = within(terms)
      .getByText("heat-spreading film")
      .closest("tr") as HTMLElement;
    expect(dictionaryRow).toHaveTextContent("散热膜");
    expect(dictionaryRow).toHaveTextContent("dictionary");
    expect(dictionaryRow).toHaveTextContent("30% of relevance");
  });

  it("marks the matched words in both listings", () => {
    const { container } = renderExplanation();
    const demand = screen.getByRole("region", { name: "出卷 · 标出的匹配内容" });
    const achievement = screen.getByRole("region", { name: "成果 · 标出的匹配内容" });
    expect(within(demand).getByText("技术指标")).toBeInTheDocument();
    expect([...demand.querySelectorAll("mark")].map((m) => m.textContent)).toEqual([
      "石墨烯",
      "导热系数",
    ]);
    expect([...achievement.querySelectorAll("mark")].map((m) => m.textContent)).toEqual([
      "石墨烯",
      "heat-spreading film",
    ]);
    expect(achievement.querySelector("dd[lang='en']")).toHaveTextContent(
      "High-conductivity heat-spreading film",
    );
    expect(container.querySelector(".score-bar-fill")).toHaveStyle({ width: "82%" });
  });

  it("calls a middling score worth a look", () => {
    renderExplanation("en", { score: 0.55 });
    expect(screen.getByText(/Match score 55%/)).toHaveTextContent("Worth a look");
  });
});
