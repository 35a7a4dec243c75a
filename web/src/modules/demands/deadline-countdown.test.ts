import { describe, expect, it } from "vitest";
import { timeLeft } from "./deadline-countdown";

describe("timeLeft", () => {
  it("counts to the end of the deadline day in Kunming", () => {
    // 10:00 on 1 March in Kunming is 02:00 UTC.
    expect(timeLeft("2027-03-03", new Date("2027-03-01T02:00:00Z"))).toEqual({
      days: 2,
      hours: 13,
      minutes: 59,
    });
  });

  it("is null once the day is over in Kunming, and for a malformed date", () => {
    expect(timeLeft("2027-03-01", new Date("2027-03-01T16:00:00Z"))).toBeNull();
    expect(timeLeft("2027-03-01", new Date("2027-03-01T15:59:00Z"))).toEqual({
      days: 0,
      hours: 0,
      minutes: 0,
    });
    expect(timeLeft("not-a-date", new Date())).toBeNull();
  });
});
