import { describe, expect, it } from "vitest";
import {
  budgetFit,
  freshnessFit,
  modesFit,
  NEUTRAL,
  regionFit,
  reputationFit,
  taxonomyFit,
  trlFit,
} from "./components";

const DAY = 86_400_000;
const NOW = Date.parse("2026-03-01T00:00:00Z");

describe("components", () => {
  it("rates TRL against the minimum: meets, one below, two below, far below", () => {
    expect([trlFit(6, 7), trlFit(6, 6), trlFit(6, 5), trlFit(6, 4), trlFit(6, 3)]).toEqual([
      1, 1, 0.6, 0.25, 0.05,
    ]);
    expect(trlFit(null, 3)).toBe(NEUTRAL);
  });

  it("rates fields by the taxonomy's affinity", () => {
    expect(taxonomyFit("new_materials.carbon", "new_materials.carbon")).toBe(1);
    expect(taxonomyFit("new_materials.carbon", "new_materials.metals")).toBe(0.8);
    expect(taxonomyFit("new_materials.carbon", "new_energy.storage")).toBe(0.5);
    expect(taxonomyFit("new_materials.carbon", "modern_services.tourism")).toBe(0);
    expect(taxonomyFit(undefined, "new_materials")).toBe(NEUTRAL);
  });

  it("matches transfer modes written in any case and lists the shared ones", () => {
    expect(modesFit(["EXCLUSIVE_LICENCE", "transfer"], ["Exclusive-License"])).toEqual({
      value: 1,
      shared: ["exclusive_licence"],
    });
    expect(modesFit(["non_exclusive_licence"], ["exclusive_licence"]).value).toBe(0.6);
    expect(modesFit(["equity_investment"], ["joint_development"]).value).toBe(0.1);
    expect(modesFit([], ["transfer"]).value).toBe(NEUTRAL);
  });

  it("makes a low-budget enterprise compatible with a high asking price through use-first-pay-later", () => {
    const demand = { budgetMin: 100_000, budgetMax: 300_000 };
    const price = { priceMin: 2_000_000, priceMax: 3_000_000 };
    const plain = budgetFit(demand, { ...price, transferModes: ["transfer"] });
    const ufpl = budgetFit(demand, {
      ...price,
      transferModes: ["transfer", "use_first_pay_later"],
    });
    expect(plain.value).toBe(0.15);
    expect(ufpl).toEqual({ value: 0.9, viaUseFirstPayLater: true, ratio: 0.15 });
  });

  it("compares a budget and a price in different currencies", () => {
    expect(
      budgetFit({ budgetMax: 800_000, currency: "CNY" }, { priceMin: 100_000, currency: "USD" })
        .value,
    ).toBe(1);
    expect(budgetFit({ budgetMax: 500_000 }, { priceMin: 800_000 }).value).toBe(0.6);
    expect(budgetFit({ budgetMax: null }, { priceMin: 800_000 }).value).toBe(NEUTRAL);
  });

  it("rates regions: city, province, country, partner country, elsewhere", () => {
    const km = { country: "CN", province: "云南省", city: "昆明市" };
    expect(regionFit(km, km).relation).toBe("city");
    expect(regionFit(km, { ...km, city: "大理" }).relation).toBe("province");
    expect(regionFit(km, { country: "CN", province: "广东省", city: "深圳市" }).relation).toBe(
      "country",
    );
    expect(regionFit(km, { country: "LA", province: "", city: "Pakse" })).toEqual({
      value: 0.6,
      relation: "partner",
    });
    expect(regionFit(km, { country: "US", province: "", city: "" }).relation).toBe("other");
    expect(regionFit(null, km).value).toBe(NEUTRAL);
  });

  it("shrinks a reputation from few evaluations toward the neutral prior", () => {
    expect(reputationFit(null)).toBe(NEUTRAL);
    expect(reputationFit({ mean: 5, count: 1 })).toBeLessThan(
      reputationFit({ mean: 5, count: 20 }),
    );
    expect(reputationFit({ mean: 3, count: 10 })).toBe(NEUTRAL);
    expect(reputationFit({ mean: 1, count: 50 })).toBeLessThan(0.1);
  });

  it("prefers recently verified listings and marks lapsed ones down", () => {
    expect(freshnessFit(NOW - 30 * DAY, NOW)).toBe(1);
    expect(freshnessFit(NOW - 200 * DAY, NOW)).toBeCloseTo(0.8, 1);
    expect(freshnessFit(NOW - 400 * DAY, NOW)).toBe(0.2);
    expect(freshnessFit(null, NOW)).toBe(NEUTRAL);
  });
});
