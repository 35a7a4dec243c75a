import { describe, expect, it } from "vitest";
import {
  achievementActions,
  achievementStatusAfter,
  canEditAchievement,
  canEditDemand,
  demandActions,
  demandStatusAfter,
} from "./listing-actions";

describe("listing actions follow the domain lifecycles", () => {
  it("offers submit and withdraw on a draft achievement, reopen only once withdrawn", () => {
    expect(achievementActions("DRAFT")).toEqual(["SUBMIT", "WITHDRAW"]);
    expect(achievementActions("REJECTED")).toEqual(["SUBMIT", "WITHDRAW"]);
    expect(achievementActions("PENDING_REVIEW")).toEqual(["WITHDRAW"]);
    expect(achievementActions("WITHDRAWN")).toEqual(["REOPEN"]);
    expect(achievementActions("TRANSACTED")).toEqual([]);
  });

  it("names the status an action leads to", () => {
    expect(achievementStatusAfter("SUBMIT")).toBe("PENDING_REVIEW");
    expect(achievementStatusAfter("REOPEN")).toBe("DRAFT");
    expect(demandStatusAfter("OPEN")).toBe("OPEN");
    expect(demandStatusAfter("START_EVALUATION")).toBe("EVALUATING");
  });

  it("opens a draft exam paper and closes or cancels it while answers come in", () => {
    expect(demandActions("DRAFT")).toEqual(["OPEN", "CANCEL"]);
    expect(demandActions("OPEN")).toEqual(["START_EVALUATION", "CLOSE", "CANCEL"]);
    expect(demandActions("EVALUATING")).toEqual(["CLOSE", "CANCEL"]);
    expect(demandActions("AWARDED")).toEqual([]);
  });

  it("allows editing where the API does", () => {
    expect(canEditAchievement("PUBLISHED")).toBe(true);
    expect(canEditAchievement("PENDING_REVIEW")).toBe(false);
    expect(canEditDemand("OPEN")).toBe(true);
    expect(canEditDemand("EVALUATING")).toBe(false);
  });
});
