import { describe, expect, it } from "vitest";
import {
  FIELD_CODES,
  fieldAffinity,
  fieldForIpc,
  fieldLabel,
  isFieldCode,
  TAXONOMY,
  topFieldOf,
} from "./taxonomy";

const TOP_CODES = TAXONOMY.map((n) => n.code);
const CHILDREN = TAXONOMY.flatMap((node) =>
  node.children.map((child) => ({ top: node.code, ...child })),
);

describe("the field taxonomy", () => {
  it("starts with the five key fields the Kunming measures name, flagged key, and no others are key", () => {
    expect(TAXONOMY.slice(0, 5).map((n) => [n.code, n.zh])).toEqual([
      ["new_materials", "新材料"],
      ["plateau_agriculture", "高原特色农业"],
      ["biomedicine", "生物医药"],
      ["digital_economy", "数字经济"],
      ["high_end_equipment", "高端装备制造"],
    ]);
    expect(TAXONOMY.filter((n) => n.key).map((n) => n.code)).toEqual(TOP_CODES.slice(0, 5));
  });

  it("includes the usual other fields", () => {
    for (const code of [
      "new_energy",
      "energy_environment",
      "electronic_information",
      "modern_services",
    ]) {
      expect(TOP_CODES).toContain(code);
    }
  });

  it("lists every top-level and second-level code once", () => {
    expect(new Set(FIELD_CODES).size).toBe(FIELD_CODES.length);
    expect([...FIELD_CODES].sort()).toEqual([...TOP_CODES, ...CHILDREN.map((c) => c.code)].sort());
  });

  it("gives every field a Chinese and an English label", () => {
    for (const node of [...TAXONOMY, ...CHILDREN]) {
      expect(node.zh.trim()).not.toBe("");
      expect(node.en.trim()).not.toBe("");
    }
  });

  it("links each field only to other top-level fields", () => {
    for (const node of TAXONOMY) {
      for (const related of node.related) {
        expect(TOP_CODES).toContain(related);
        expect(related).not.toBe(node.code);
      }
    }
  });

  it.each(CHILDREN)("resolves $code to its top field $top", ({ code, top }) => {
    expect(code.startsWith(`${top}.`)).toBe(true);
    expect(isFieldCode(code)).toBe(true);
    expect(topFieldOf(code)).toBe(top);
  });

  it.each(TOP_CODES)("resolves the top field %s to itself", (code) => {
    expect(isFieldCode(code)).toBe(true);
    expect(topFieldOf(code)).toBe(code);
  });

  it.each(["", "biomedicine.", "biomedicine.unicorns", "BIOMEDICINE", "tcm"])(
    "does not know %j",
    (code) => {
      expect(isFieldCode(code)).toBe(false);
      expect(topFieldOf(code)).toBeUndefined();
      expect(fieldLabel(code, "en")).toBeUndefined();
    },
  );

  it("labels fields in the requested language", () => {
    expect(fieldLabel("biomedicine.tcm", "zh-CN")).toBe("中药与民族药");
    expect(fieldLabel("biomedicine.tcm", "en")).toBe("Traditional Chinese and ethnic medicine");
    expect(fieldLabel("plateau_agriculture", "zh-CN")).toBe("高原特色农业");
    expect(fieldLabel("plateau_agriculture", "en")).toBe("Plateau specialty agriculture");
  });
});

describe("fieldAffinity", () => {
  it.each([
    ["the same subfield", "new_materials.carbon", "new_materials.carbon", 1],
    ["the same top field", "new_materials", "new_materials", 1],
    ["two subfields of one top field", "new_materials.carbon", "new_materials.polymers", 0.8],
    ["a subfield and its top field", "biomedicine.tcm", "biomedicine", 0.8],
    ["a top field and one of its subfields", "biomedicine", "biomedicine.drugs", 0.8],
    ["related top fields", "new_materials.carbon", "new_energy.storage", 0.5],
    ["related top fields, given as top codes", "digital_economy", "electronic_information", 0.5],
    [
      "plateau agriculture and biomedicine (herbs serve medicine)",
      "plateau_agriculture.herbs",
      "biomedicine.tcm",
      0.5,
    ],
    ["unrelated fields", "biomedicine.drugs", "construction_transport.civil", 0],
    ["an unknown field", "biomedicine.drugs", "astrology", 0],
    ["an unknown field on the left", "astrology", "biomedicine.drugs", 0],
  ])("scores %s as %d", (_label, a, b, expected) => {
    expect(fieldAffinity(a, b)).toBe(expected);
  });

  it("scores every pair of subfields under one top field 0.8", () => {
    for (const node of TAXONOMY) {
      for (const a of node.children) {
        for (const b of node.children) {
          if (a.code !== b.code) expect(fieldAffinity(a.code, b.code)).toBe(0.8);
        }
      }
    }
  });

  it("scores every listed related field 0.5", () => {
    for (const node of TAXONOMY) {
      for (const related of node.related) expect(fieldAffinity(node.code, related)).toBe(0.5);
    }
  });
});

describe("fieldForIpc", () => {
  it.each([
    ["A61K", "biomedicine.drugs"],
    ["A61K36", "biomedicine.tcm"],
    ["A61P", "biomedicine.drugs"],
    ["A61B", "biomedicine.devices"],
    ["A61Q", "biomedicine"],
    ["C12Q", "biomedicine.diagnostics"],
    ["G01N33", "biomedicine.diagnostics"],
    ["G01N21", "high_end_equipment.instruments"],
    ["C12N", "biomedicine.biologics"],
    ["C07K", "biomedicine.biologics"],
    ["C07D", "chemical_engineering.fine"],
    ["C01B", "new_materials.carbon"],
    ["C01F", "chemical_engineering.fine"],
    ["C22C", "new_materials.metals"],
    ["C08L", "new_materials.polymers"],
    ["C04B", "new_materials.ceramics"],
    ["A01G", "plateau_agriculture.flowers"],
    ["A01H", "plateau_agriculture.breeding"],
    ["A01K", "plateau_agriculture.livestock"],
    ["A01B", "plateau_agriculture.smart_farming"],
    ["A01N", "plateau_agriculture"],
    ["A23F", "plateau_agriculture.tea_coffee"],
    ["A23L", "plateau_agriculture.processing"],
    ["G06N", "digital_economy.ai"],
    ["G06V", "digital_economy.ai"],
    ["G06F", "digital_economy.software"],
    ["G06Q", "digital_economy.software"],
    ["G06T", "digital_economy"],
    ["G08G", "digital_economy.iot"],
    ["B25J", "high_end_equipment.robotics"],
    ["B23K", "high_end_equipment.machine_tools"],
    ["B64C", "high_end_equipment.aerospace"],
    ["B60L", "high_end_equipment.transport"],
    ["H01M", "new_energy.storage"],
    ["H02J", "new_energy.storage"],
    ["H02S", "new_energy.solar"],
    ["F03D", "new_energy.wind_hydro"],
    ["H02K", "high_end_equipment.power"],
    ["H01L", "electronic_information.ic"],
    ["H04L", "electronic_information.communication"],
    ["H01S", "electronic_information.optoelectronics"],
    ["H05B", "electronic_information.display"],
    ["H01Q", "electronic_information"],
    ["C02F", "energy_environment.water"],
    ["B09B", "energy_environment.solid_waste"],
    ["E21B", "resources_mining.mining"],
    ["C21B", "resources_mining.metallurgy"],
    ["E04B", "construction_transport.building"],
    ["E01D", "construction_transport.civil"],
    ["B65G", "construction_transport.logistics"],
    ["D01F", "new_materials.polymers"],
    ["B62D", "high_end_equipment.transport"],
    ["B21D", "high_end_equipment"],
    ["F16H", "high_end_equipment.machine_tools"],
    ["C09D", "new_materials.polymers"],
    ["C10G", "chemical_engineering"],
  ])("maps %s to %s", (subclass, field) => {
    expect(fieldForIpc(subclass)).toBe(field);
  });

  it("reads lower-case IPC codes", () => {
    expect(fieldForIpc("a61k")).toBe("biomedicine.drugs");
    expect(fieldForIpc("g06n")).toBe("digital_economy.ai");
  });

  it("reads a full IPC symbol written without a space by its subclass and group", () => {
    expect(fieldForIpc("A61K36/815")).toBe("biomedicine.tcm");
    expect(fieldForIpc("C01B32/184")).toBe("new_materials.carbon");
  });

  it.each(["Z99", "", "1234", "A47J"])("falls back to modern services for %j", (subclass) => {
    expect(fieldForIpc(subclass)).toBe("modern_services");
  });

  it("always answers with a field of the taxonomy", () => {
    const unknown: string[] = [];
    for (const section of "ABCDEFGHZ") {
      for (let klass = 0; klass < 100; klass++) {
        for (const sub of "ABFJNQ") {
          const code = `${section}${String(klass).padStart(2, "0")}${sub}`;
          if (!isFieldCode(fieldForIpc(code))) unknown.push(code);
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});
