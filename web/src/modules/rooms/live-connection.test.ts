import { describe, expect, it } from "vitest";
import { liveUrl, retryDelay } from "./live-connection";

describe("the live connection", () => {
  it("waits longer after each failed attempt, up to 30 seconds plus jitter", () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 10].map((n) => retryDelay(n, none))).toEqual([
      500, 1000, 2000, 4000, 30_000,
    ]);
    expect(retryDelay(0, () => 0.999)).toBe(1499);
  });

  it("connects to /graphql on the page's own origin, wss behind https", () => {
    expect(liveUrl()).toBe(`ws://${window.location.host}/graphql`);
  });
});
