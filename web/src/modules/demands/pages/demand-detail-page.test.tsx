import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { type FakeAnswer, makeFakeClient, variablesOf } from "../../../test/fake-client";
import { taxonomy } from "../../../test/fixtures";
import { renderWithApp } from "../../../test/render";
import { DemandDetailPage } from "./demand-detail-page";

function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const demand = {
  id: "dem-1",
  titleZh: "废汽车尾气催化剂中铂的高效绿色回收技术",
  titleEn: "Green recovery of platinum from spent autocatalysts",
  summaryZh: "征集铂回收率更高、流程更短的湿法工艺。",
  summaryEn: "Wanted: a shorter hydrometallurgical route with higher platinum recovery.",
  field: "new_materials",
  keywords: ["铂", "回收"],
  minTrl: 5,
  wantedModes: ["EXCLUSIVE_LICENCE"],
  criteria: ["technical_merit", "cost", "环保合规"],
  status: "OPEN",
  deadline: inDays(10),
  responseDeadline: inDays(40),
  budget: { min: 3_500_000, max: 11_600_000, currency: "CNY", negotiable: false },
  indicators: [{ name: "铂回收率", target: "≥ 98", unit: "%" }],
  viewerCanReadConfidential: false,
  confidentialZh: null,
  confidentialEn: null,
  owner: {
    id: "org-9",
    nameZh: "云南滇贵稀贵金属材料有限公司",
    nameEn: "Yunnan Diangui Precious Metals Co., Ltd.",
    verified: true,
  },
  region: { country: "CN", province: "云南省", city: "昆明市" },
  publishedAt: "2026-10-01T00:00:00.000Z",
};

const instituteMember = {
  id: "u-inst",
  displayName: "王研究员",
  email: "institute@demo.openttc.org",
  locale: "EN",
  platformRoles: [],
  memberships: [
    {
      role: "MEMBER",
      organization: {
        id: "org-inst",
        kind: "UNIVERSITY",
        nameZh: "昆明理工大学",
        nameEn: "Kunming University of Science and Technology",
      },
    },
  ],
};

function renderDemand(
  answer: () => FakeAnswer,
  viewer: unknown = null,
  handlers: Parameters<typeof makeFakeClient>[0] = {},
) {
  const fake = makeFakeClient({
    taxonomy: () => ({ data: taxonomy }),
    viewer: () => ({ data: { me: viewer } }),
    demand: answer,
    answerableAchievements: () => ({
      data: {
        orgAchievements: {
          edges: [{ node: { id: "ach-1", titleZh: "石墨烯散热膜", titleEn: "Graphene film" } }],
        },
      },
    }),
    ...handlers,
  });
  const view = renderWithApp(
    <Routes>
      <Route path="/demands/:id" element={<DemandDetailPage />} />
    </Routes>,
    { client: fake.client, route: "/demands/dem-1", language: "en" },
  );
  return { ...fake, ...view };
}

describe("exam paper detail", () => {
  it("shows the public summary, indicators, budget and days left", async () => {
    renderDemand(() => ({ data: { demand } }));

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Green recovery of platinum from spent autocatalysts",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/shorter hydrometallurgical route/)).toBeInTheDocument();
    expect(screen.getByText("铂回收率")).toBeInTheDocument();
    expect(screen.getAllByText("CNY 3.5–11.6 million").length).toBeGreaterThan(0);
    expect(screen.getAllByText("10 days left").length).toBeGreaterThan(0);
    expect(screen.getByText("Technical merit, Cost, 环保合规")).toBeInTheDocument();
  });

  it("says how long is left once in the budget card: the due date, then one countdown", async () => {
    renderDemand(() => ({ data: { demand } }));

    const heading = await screen.findByRole("heading", { level: 2, name: "Budget" });
    const card = heading.closest(".ant-card") as HTMLElement;
    expect(within(card).queryByText(/^\d+ days? left$/)).toBeNull();
    expect(within(card).getByText(/^(9|10) days \d+ h left$/)).toBeVisible();
  });

  it("locks the confidential details and offers to log in when the API withholds them", async () => {
    renderDemand(() => ({ data: { demand } }));

    expect(
      await screen.findByText(/visible only to organizations the enterprise invited/),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Log in to request access." })).toHaveAttribute(
      "href",
      "/login?redirect=%2Fdemands%2Fdem-1",
    );
  });

  it("shows the confidential details when the API returns them", async () => {
    const granted = {
      ...demand,
      viewerCanReadConfidential: true,
      confidentialEn: "Feedstock: 2 t/month of spent catalyst, Pt 1.2 g/kg.",
    };
    renderDemand(() => ({ data: { demand: granted } }), {
      id: "u1",
      displayName: "Li",
      email: "li@example.org",
    });

    expect(
      await screen.findByText("Feedstock: 2 t/month of spent catalyst, Pt 1.2 g/kg."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/visible only to organizations/)).not.toBeInTheDocument();
  });

  it("shows a not-found page for a missing exam paper", async () => {
    renderDemand(() => ({
      error: { message: "exam paper dem-1 was not found", code: "NOT_FOUND" },
    }));

    expect(
      await screen.findByRole("heading", { name: "Exam paper not found" }),
    ).toBeInTheDocument();
  });

  it("lets an institute member accept the NDA for their organization, then shows the details", async () => {
    const user = userEvent.setup();
    let accepted = false;
    const { executeMutation } = renderDemand(
      () => ({
        data: {
          demand: accepted
            ? { ...demand, viewerCanReadConfidential: true, confidentialEn: "Pt 1.2 g/kg." }
            : demand,
        },
      }),
      instituteMember,
      {
        acceptDemandNda: (vars) => {
          accepted = true;
          return {
            data: {
              acceptDemandNda: {
                id: vars.demandId,
                viewerCanReadConfidential: true,
                confidentialZh: null,
                confidentialEn: "Pt 1.2 g/kg.",
              },
            },
          };
        },
      },
    );
    const accept = await screen.findByRole("button", { name: "Accept the NDA and read" });
    await user.click(accept);
    expect(await screen.findByText("Tick the box to accept the NDA")).toBeVisible();
    expect(variablesOf(executeMutation, "AcceptDemandNda")).toEqual([]);

    await user.click(screen.getByRole("checkbox", { name: /accept it on behalf of/ }));
    await user.click(accept);

    expect(await screen.findByText("Pt 1.2 g/kg.")).toBeVisible();
    expect(variablesOf(executeMutation, "AcceptDemandNda")).toEqual([
      { demandId: "dem-1", orgId: "org-inst" },
    ]);
  });

  it("offers no NDA or answer form to the paper's own organization", async () => {
    renderDemand(() => ({ data: { demand } }), {
      ...instituteMember,
      memberships: [
        {
          role: "ADMIN",
          organization: { id: "org-9", kind: "ENTERPRISE", nameZh: "滇贵", nameEn: "Diangui" },
        },
      ],
    });
    expect(await screen.findByText("铂回收率")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Accept the NDA and read" })).toBeNull();
    expect(screen.queryByRole("heading", { name: "Submit an answer" })).toBeNull();
  });

  it("checks the answer form field by field and sends nothing while a field is missing", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderDemand(() => ({ data: { demand } }), instituteMember);
    await user.click(await screen.findByRole("button", { name: "Submit answer" }));

    const approach = screen.getByLabelText("Approach");
    await waitFor(() => expect(approach).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByLabelText("Milestone 1: title")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Quote")).toHaveAttribute("aria-invalid", "true");
    expect(variablesOf(executeMutation, "SubmitAnswer")).toEqual([]);
  });

  it("sends the answer, shows the API's problem under its field and keeps every input", async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const { executeMutation } = renderDemand(() => ({ data: { demand } }), instituteMember, {
      submitAnswer: () => {
        attempts += 1;
        return attempts === 1
          ? {
              error: {
                message: "input.milestones.0.dueOn: must be a date written YYYY-MM-DD",
                code: "BAD_USER_INPUT",
                issues: [
                  {
                    path: "input.milestones.0.dueOn",
                    message: "must be a date written YYYY-MM-DD",
                  },
                ],
              },
            }
          : { data: { submitAnswer: { id: "ans-1", status: "SUBMITTED", submittedAt: "x" } } };
      },
    });
    await user.type(await screen.findByLabelText("Approach"), "Solvent extraction in two stages.");
    await user.type(screen.getByLabelText("Quote"), "800000");
    await user.type(screen.getByLabelText("Milestone 1: title"), "Pilot line");
    await user.type(screen.getByLabelText("Milestone 1: due date"), "2027-06-30");
    await user.click(screen.getByRole("button", { name: "Add a team member" }));
    await user.type(screen.getByLabelText("Member 1: name"), "Li Ming");
    await user.click(screen.getByRole("button", { name: "Submit answer" }));

    const form = screen
      .getByRole("button", { name: "Submit answer" })
      .closest("form") as HTMLElement;
    expect(await within(form).findByText("Enter a valid date")).toBeInTheDocument();
    expect(screen.getByLabelText("Approach")).toHaveValue("Solvent extraction in two stages.");
    expect(screen.getByLabelText("Member 1: name")).toHaveValue("Li Ming");
    expect(variablesOf(executeMutation, "SubmitAnswer")[0]).toEqual({
      orgId: "org-inst",
      input: {
        demandId: "dem-1",
        approach: "Solvent extraction in two stages.",
        quote: { amount: 800000, currency: "CNY" },
        milestones: [{ title: "Pilot line", dueOn: "2027-06-30", deliverable: null }],
        team: [{ name: "Li Ming", role: null }],
        achievementIds: [],
      },
    });

    await user.click(screen.getByRole("button", { name: "Submit answer" }));
    expect(await screen.findByText(/Answer submitted/)).toBeVisible();
  });

  it("counts down to the end of the deadline day", async () => {
    renderDemand(() => ({ data: { demand } }));
    // 9 or 10: the local day and the day in Kunming differ for part of each day.
    expect(await screen.findByText(/^(9|10) days \d+ h left$/)).toBeVisible();
  });
});
