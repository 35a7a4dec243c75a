import { screen } from "@testing-library/react";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { type FakeAnswer, makeFakeClient } from "../../../test/fake-client";
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

function renderDemand(answer: () => FakeAnswer, viewer: unknown = null) {
  const fake = makeFakeClient({
    taxonomy: () => ({ data: taxonomy }),
    viewer: () => ({ data: { me: viewer } }),
    demand: answer,
  });
  return renderWithApp(
    <Routes>
      <Route path="/demands/:id" element={<DemandDetailPage />} />
    </Routes>,
    { client: fake.client, route: "/demands/dem-1", language: "en" },
  );
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
});
