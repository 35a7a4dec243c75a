import { describe, expect, it } from "vitest";
import { isValidUscc, usccCheckChar, usccProblem } from "./uscc";

// GB 32100-2015, written out independently of the code under test: 31 characters (no I, O, S,
// V, Z), weight of position i is 3^i mod 31, check value is 31 - (sum mod 31), 31 becoming 0.
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

function referenceCheckChar(body: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += ALPHABET.indexOf(body.charAt(i)) * weight;
    weight = (weight * 3) % 31;
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Deterministic pseudo-random bodies: 2 code characters, a 6-digit division code, 9 characters. */
function sampleBodies(count: number): string[] {
  let seed = 20250601;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const pick = (chars: string) => chars.charAt(next(chars.length));
  return Array.from({ length: count }, () => {
    let body = pick(ALPHABET) + pick(ALPHABET);
    for (let i = 0; i < 6; i++) body += pick("0123456789");
    for (let i = 0; i < 9; i++) body += pick(ALPHABET);
    return body;
  });
}

const BODIES = sampleBodies(200);

describe("usccCheckChar", () => {
  it("weights each position by 3^i mod 31", () => {
    expect(usccCheckChar("00000000000000000")).toBe("0");
    // a single 1 in position 0 (weight 1) sums to 1: check value 30 → "Y"
    expect(usccCheckChar("10000000000000000")).toBe("Y");
    // a single 1 in position 1 (weight 3) sums to 3: check value 28 → "W"
    expect(usccCheckChar("01000000000000000")).toBe("W");
    // a single 1 in position 16 (weight 3^16 mod 31 = 28) sums to 28: check value 3
    expect(usccCheckChar("00000000000000001")).toBe("3");
  });

  it("agrees with the GB 32100-2015 formula on 200 sample codes", () => {
    for (const body of BODIES) expect(usccCheckChar(body)).toBe(referenceCheckChar(body));
  });

  it.each(["I", "O", "S", "V", "Z", "a"])("throws a RangeError on the character %s", (bad) => {
    expect(() => usccCheckChar(`9153010${bad}MA6K5XX00`)).toThrow(RangeError);
  });
});

describe("isValidUscc and usccProblem", () => {
  it("accepts every code whose last character is the computed check character", () => {
    for (const body of BODIES) {
      const code = body + usccCheckChar(body);
      expect(usccProblem(code)).toBeNull();
      expect(isValidUscc(code)).toBe(true);
    }
  });

  it("accepts a code built for a Kunming company", () => {
    const body = "91530100MA6K5XX00";
    expect(isValidUscc(body + usccCheckChar(body))).toBe(true);
  });

  it.each([
    ["914403001922038216", "Huawei Technologies Co., Ltd."],
    ["9144030071526726XG", "Shenzhen Tencent Computer Systems Co., Ltd."],
    ["91350100M000100Y43", "a widely quoted example code"],
    ["91110000802100433B", "a published Beijing code"],
  ])("accepts the published code %s (%s)", (code) => {
    expect(usccProblem(code)).toBeNull();
  });

  it("refuses every wrong check character", () => {
    const body = "91530100MA6K5XX00";
    const right = usccCheckChar(body);
    for (const wrong of ALPHABET.replace(right, "")) {
      expect(usccProblem(body + wrong)).toBe("checksum does not match");
    }
  });

  it("refuses a valid code with two adjacent characters swapped", () => {
    // swapping two adjacent characters changes the weighted sum
    expect(usccProblem("914403001922038126")).toBe("checksum does not match");
  });

  it.each([
    ["empty", ""],
    ["17 characters", "91350100M000100Y4"],
    ["19 characters", "91350100M000100Y430"],
  ])("refuses a code that is %s long", (_label, code) => {
    expect(usccProblem(code)).toBe("must be 18 characters long");
    expect(isValidUscc(code)).toBe(false);
  });

  it.each(["I", "O", "S", "V", "Z"])("refuses the forbidden letter %s", (letter) => {
    const inOrgCode = `91350100M${letter}00100Y43`;
    const inTypeCode = `9${letter}350100M000100Y43`;
    expect(usccProblem(inOrgCode)).toBe(
      "contains characters not allowed in a unified social credit code",
    );
    expect(usccProblem(inTypeCode)).toBe(
      "contains characters not allowed in a unified social credit code",
    );
  });

  it("refuses letters in the six-digit administrative division code", () => {
    expect(usccProblem("9135A100M000100Y43")).toBe(
      "contains characters not allowed in a unified social credit code",
    );
  });

  it("refuses lower-case letters (callers normalise before checking)", () => {
    expect(usccProblem("91350100m000100y43")).toBe(
      "contains characters not allowed in a unified social credit code",
    );
  });

  it("refuses punctuation and spaces", () => {
    expect(usccProblem("91350100M000100Y-3")).toBe(
      "contains characters not allowed in a unified social credit code",
    );
    expect(usccProblem("91350100M000100 43")).toBe(
      "contains characters not allowed in a unified social credit code",
    );
  });
});
