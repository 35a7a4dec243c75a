// Exports the demo corpus of @openttc/seed (default seed, fixed reference date) to the
// evaluation formats: eval/demo/achievements.jsonl and eval/demo/demands.jsonl. Deterministic:
// the same seed package gives byte-identical files.
// biome-ignore lint/style/noRestrictedImports: a build script writes the files it generates.
import { writeFileSync } from "node:fs";
import { computeReputation } from "@openttc/domain/reputation";
import { DEFAULT_SEED, generateCorpus } from "@openttc/seed/generate/corpus";
import { loadPatentSources } from "@openttc/seed/sources";

/** The reference date of the exported corpus (the seed's own tests use the same one). */
const NOW = new Date("2026-03-01T04:00:00Z");

const corpus = generateCorpus(loadPatentSources(), { seed: DEFAULT_SEED, now: NOW });
const out = new URL("../eval/demo/", import.meta.url);

// Reputation as the API would compute it: evaluations of each institution's answers.
const evaluationsByOrg = new Map<string, { overall: number; at: Date }[]>();
for (const e of corpus.evaluations) {
  const list = evaluationsByOrg.get(e.answerOrgId) ?? [];
  list.push({ overall: e.overall, at: e.createdAt ?? NOW });
  evaluationsByOrg.set(e.answerOrgId, list);
}

const listed = (s: string | undefined) => s === "published" || s === "in_negotiation";
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

const achievements = corpus.achievements
  .filter((a) => listed(a.status))
  .map((a) => {
    const rep = computeReputation(evaluationsByOrg.get(a.ownerOrgId) ?? [], NOW);
    return {
      id: a.id,
      titleZh: a.titleZh ?? null,
      titleEn: a.titleEn ?? null,
      summaryZh: a.summaryZh ?? null,
      summaryEn: a.summaryEn ?? null,
      keywords: a.keywords ?? [],
      field: a.field,
      trl: a.trl,
      modes: a.transferModes ?? [],
      priceMin: a.priceMin ?? null,
      priceMax: a.priceMax ?? null,
      currency: a.priceCurrency ?? "CNY",
      country: a.country,
      province: a.province,
      city: a.city,
      orgId: a.ownerOrgId,
      reputation: { mean: rep.mean, count: rep.count },
      verifiedAt: iso(a.lastVerifiedAt),
      lang: a.titleZh && a.titleEn ? "bi" : a.titleZh ? "zh" : "en",
    };
  });

const demands = corpus.demands
  .filter((d) => d.status !== "draft" && d.status !== "cancelled")
  .map((d) => ({
    id: d.id,
    titleZh: d.titleZh ?? null,
    titleEn: d.titleEn ?? null,
    problemZh: d.summaryZh ?? null,
    problemEn: d.summaryEn ?? null,
    indicators: (d.indicators ?? []).map((i) =>
      [i.name, i.target, i.unit].filter((x) => x != null && x !== "").join(" "),
    ),
    keywords: d.keywords ?? [],
    field: d.field,
    minTrl: d.minTrl,
    modes: d.wantedModes ?? [],
    budgetMin: d.budgetMin ?? null,
    budgetMax: d.budgetMax ?? null,
    currency: d.budgetCurrency ?? "CNY",
    country: d.country,
    province: d.province,
    city: d.city,
    lang: d.titleZh && d.titleEn ? "bi" : d.titleZh ? "zh" : "en",
  }));

const jsonl = (rows: object[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
writeFileSync(new URL("achievements.jsonl", out), jsonl(achievements));
writeFileSync(new URL("demands.jsonl", out), jsonl(demands));
console.log(
  `wrote ${achievements.length} achievements and ${demands.length} demands to eval/demo/`,
);
