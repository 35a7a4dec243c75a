import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { type FakeAnswer, makeFakeClient, variablesOf } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import { DemandAnswersPage } from "./demand-answers-page";

const ANSWER_ID = "7d0c8a52-6a43-4b0e-9d6f-0f1f3b5f6a01";

function answer(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Answer",
    id: ANSWER_ID,
    status: "SUBMITTED",
    overdue: true,
    submittedAt: "2026-10-01T00:00:00Z",
    decidedAt: null,
    decisionReason: null,
    feedback: null,
    responseDeadline: "2026-11-01",
    approach: "卷对卷化学气相沉积。",
    quote: { amount: 1_200_000, currency: "CNY" },
    milestones: [{ title: "中试", dueOn: "2027-03-01", deliverable: "样品" }],
    team: [{ name: "张教授", role: "负责人" }],
    organization: {
      id: "org-u",
      nameZh: "昆明理工大学",
      nameEn: "KUST",
      verified: true,
      reputation: { mean: 4.2, count: 5 },
    },
    achievements: [{ id: "ach-1", titleZh: "石墨烯散热膜", titleEn: null }],
    evaluation: null,
    ...overrides,
  };
}

function demand(answers: unknown[]) {
  return {
    demand: {
      id: "dem-1",
      titleZh: "高导热散热膜",
      titleEn: "Heat film",
      status: "OPEN",
      criteria: ["technical_merit", "cost"],
      responseDeadline: "2026-11-01",
      owner: { id: "org-ent" },
      answers: {
        totalCount: answers.length,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: answers.map((node, i) => ({ cursor: `c${i}`, node })),
      },
    },
  };
}

function renderPage(
  handlers: Record<string, (v: Record<string, unknown>) => FakeAnswer>,
  language: "zh-CN" | "en" = "zh-CN",
) {
  const fake = makeFakeClient(handlers);
  renderWithApp(
    <Routes>
      <Route path="/workspace/demands/:id/answers" element={<DemandAnswersPage />} />
    </Routes>,
    { client: fake.client, route: "/workspace/demands/dem-1/answers", language },
  );
  return fake;
}

describe("answers received", { timeout: 60_000 }, () => {
  it("flags overdue answers and shows a shortlisting at once", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderPage({ demandAnswers: () => ({ data: demand([answer()]) }) });

    const card = await screen.findByRole("region", { name: "昆明理工大学 的答卷" });
    expect(screen.getByText("超期未答复的答卷")).toBeInTheDocument();
    expect(within(card).getByText("超期未答复")).toBeInTheDocument();
    expect(within(card).getByText("该机构的市场评价：4.2 分（5 次评分）")).toBeInTheDocument();
    await user.click(within(card).getByRole("button", { name: "入围：昆明理工大学" }));

    expect(within(card).getByText("已入围")).toBeInTheDocument();
    expect(variablesOf(executeMutation, "DecideAnswer")).toEqual([
      { input: { answerId: ANSWER_ID, decision: "SHORTLIST", reason: null, feedback: null } },
    ]);
  });

  it("rejects only with a coded reason, and with feedback when the reason is other", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderPage({
      demandAnswers: () => ({ data: demand([answer({ overdue: false })]) }),
      decideAnswer: () => ({
        data: {
          decideAnswer: {
            id: ANSWER_ID,
            status: "REJECTED",
            decidedAt: null,
            decisionReason: "OTHER",
            feedback: "x",
            overdue: false,
          },
        },
      }),
    });

    await user.click(await screen.findByRole("button", { name: "不予采纳：昆明理工大学" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "发送答复" }));
    expect(await within(dialog).findByText("请选择原因")).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText("原因"));
    await user.click(await screen.findByTitle("其他"));
    await user.click(within(dialog).getByRole("button", { name: "发送答复" }));
    expect(await within(dialog).findByText("选择“其他”时请说明原因")).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText("给答卷机构的反馈"), "方向与我方规划不符");
    await user.click(within(dialog).getByRole("button", { name: "发送答复" }));

    await waitFor(() =>
      expect(variablesOf(executeMutation, "DecideAnswer")).toEqual([
        {
          input: {
            answerId: ANSWER_ID,
            decision: "REJECT",
            reason: "OTHER",
            feedback: "方向与我方规划不符",
          },
        },
      ]),
    );
  });

  it("scores every criterion of the exam paper with a comment", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderPage(
      {
        demandAnswers: () => ({ data: demand([answer({ overdue: false })]) }),
        evaluateAnswer: () => ({
          data: { evaluateAnswer: { id: "ev-1", overall: 4, comment: "Solid", scores: [] } },
        }),
      },
      "en",
    );

    await user.click(await screen.findByRole("button", { name: /Score/ }));
    const merit = screen.getByRole("radiogroup", { name: "Score for Technical merit" });
    await user.click(within(merit).getByText("4"));
    await user.click(screen.getByRole("button", { name: "Save scores" }));
    // The unscored criterion and the empty comment.
    await waitFor(() => expect(screen.getAllByText("Required")).toHaveLength(2));
    expect(executeMutation).not.toHaveBeenCalled();

    const cost = screen.getByRole("radiogroup", { name: "Score for Cost" });
    await user.click(within(cost).getByText("3"));
    await user.type(screen.getByLabelText("Comment"), "Solid plan");
    await user.click(screen.getByRole("button", { name: "Save scores" }));

    await waitFor(() =>
      expect(variablesOf(executeMutation, "EvaluateAnswer")).toEqual([
        {
          input: {
            answerId: ANSWER_ID,
            scores: [
              { criterion: "technical_merit", score: 4 },
              { criterion: "cost", score: 3 },
            ],
            comment: "Solid plan",
          },
        },
      ]),
    );
  });

  it("says what to do while no answer has come in", async () => {
    renderPage({ demandAnswers: () => ({ data: demand([]) }) }, "en");

    expect(await screen.findByText("No answers yet")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Matches" })).toHaveAttribute(
      "href",
      "/workspace/demands/dem-1/matches",
    );
  });

  it("shows nothing of the answers to another organization", async () => {
    renderPage({
      demandAnswers: () => ({
        error: {
          message: "only the exam paper's organization sees its answers",
          code: "FORBIDDEN",
        },
      }),
    });

    expect(await screen.findByText("出卷不存在")).toBeInTheDocument();
    expect(screen.queryByText("昆明理工大学 的答卷")).not.toBeInTheDocument();
  });
});
