/** Small API results in the shapes our operations select. */

export const taxonomy = {
  taxonomy: [
    {
      code: "new_materials",
      zh: "新材料",
      en: "New materials",
      key: true,
      children: [
        { code: "new_materials.carbon", zh: "碳材料与石墨烯", en: "Carbon materials and graphene" },
      ],
    },
    {
      code: "biomedicine",
      zh: "生物医药",
      en: "Biomedicine",
      key: true,
      children: [{ code: "biomedicine.drugs", zh: "创新药物", en: "Innovative drugs" }],
    },
  ],
};

export function achievementNode(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Achievement",
    id: "ach-1",
    titleZh: "高导热石墨烯散热膜制备技术",
    titleEn: "High-conductivity graphene heat-spreading film",
    summaryZh: "一种可连续卷对卷生产的石墨烯散热膜。",
    summaryEn: "A graphene heat-spreading film made roll to roll.",
    field: "new_materials.carbon",
    trl: 6,
    transferModes: ["EXCLUSIVE_LICENCE", "USE_FIRST_PAY_LATER"],
    status: "PUBLISHED",
    price: { min: 500_000, max: 2_000_000, currency: "CNY", negotiable: false },
    region: { country: "CN", province: "云南省", city: "昆明市" },
    owner: {
      id: "org-1",
      nameZh: "昆明理工大学",
      nameEn: "Kunming University of Science and Technology",
    },
    ...overrides,
  };
}

export function achievementsPage(
  nodes: ReturnType<typeof achievementNode>[],
  { totalCount = nodes.length, hasNextPage = false, endCursor = "cursor-end" } = {},
) {
  return {
    achievements: {
      totalCount,
      pageInfo: { hasNextPage, endCursor },
      edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })),
    },
  };
}

/** A negotiation-room event with every field the room operations select; `extra` overrides. */
export function roomEvent(seq: number | null, kind: string, extra: Record<string, unknown> = {}) {
  return {
    kind,
    seq,
    at: `2026-11-27T03:${String((seq ?? 0) % 60).padStart(2, "0")}:00.000Z`,
    body: null,
    clientId: null,
    online: null,
    typing: null,
    readSeq: null,
    side: null,
    actor: { id: "u-seller", displayName: "Zhang Jianguo" },
    subjectUser: null,
    offer: null,
    ...extra,
  };
}
