import { screen } from "@testing-library/react";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { makeFakeClient } from "../../../test/fake-client";
import { achievementNode, taxonomy } from "../../../test/fixtures";
import { renderWithApp } from "../../../test/render";
import { AchievementDetailPage } from "./achievement-detail-page";

function renderDetail(
  answer: Parameters<typeof makeFakeClient>[0]["achievement"],
  language: "zh-CN" | "en" = "zh-CN",
) {
  const fake = makeFakeClient({
    taxonomy: () => ({ data: taxonomy }),
    viewer: () => ({ data: { me: null } }),
    ...(answer ? { achievement: answer } : {}),
  });
  return renderWithApp(
    <Routes>
      <Route path="/achievements/:id" element={<AchievementDetailPage />} />
    </Routes>,
    { client: fake.client, route: "/achievements/ach-1", language },
  );
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
  team: [{ name: "李明", role: "负责人", title: "教授" }],
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
});
