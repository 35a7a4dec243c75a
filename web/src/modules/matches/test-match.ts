/** A match as the API returns it for our operations, for component tests. */
export function matchNode(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Match",
    id: "5b3f7a0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
    score: 0.82,
    computedAt: "2026-11-20T00:00:00Z",
    explanation: ["出卷的“石墨烯”“散热膜”与成果标题一致。", "成果 TRL 6，达到出卷要求的 TRL 5。"],
    components: [
      { name: "TEXT", value: 0.9, contribution: 1.6 },
      { name: "TRL", value: 1, contribution: 0.4 },
      { name: "BUDGET", value: 0.2, contribution: -0.3 },
      { name: "REGION", value: 0.5, contribution: 0 },
    ],
    matchedTerms: [
      { demandTerm: "石墨烯", achievementTerm: "石墨烯", via: "EXACT", weight: 0.6 },
      {
        demandTerm: "散热膜",
        achievementTerm: "heat-spreading film",
        via: "DICTIONARY",
        weight: 0.3,
      },
    ],
    highlights: {
      demand: [
        { field: "titleZh", start: 3, end: 6, text: "石墨烯" },
        { field: "indicators", start: 0, end: 4, text: "导热系数" },
      ],
      achievement: [
        { field: "titleZh", start: 3, end: 6, text: "石墨烯" },
        { field: "titleEn", start: 19, end: 38, text: "heat-spreading film" },
      ],
    },
    viewerFeedback: [],
    demand: {
      id: "dem-1",
      titleZh: "高导热石墨烯散热膜需求",
      titleEn: null,
      summaryZh: "手机散热。",
      summaryEn: null,
      keywords: ["石墨烯"],
      indicators: [{ name: "导热系数", target: "≥ 1500", unit: "W/(m·K)" }],
      minTrl: 5,
      owner: { id: "org-ent", nameZh: "滇能科技", nameEn: "Dianneng Tech" },
    },
    achievement: {
      id: "ach-1",
      titleZh: "高导热石墨烯散热膜",
      titleEn: "High-conductivity heat-spreading film",
      summaryZh: "卷对卷。",
      summaryEn: null,
      keywords: ["石墨烯"],
      trl: 6,
      owner: { id: "org-u", nameZh: "昆明理工大学", nameEn: "KUST" },
    },
    ...overrides,
  };
}
