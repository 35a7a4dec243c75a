import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { makeFakeClient } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import { initialTerms } from "../offer-draft";
import { OfferComposer } from "./offer-composer";

const context = {
  sellerKind: "UNIVERSITY",
  achievement: {
    transferModes: ["USE_FIRST_PAY_LATER", "EQUITY_INVESTMENT", "JOINT_DEVELOPMENT"],
    rightsStatus: "UNIT_RETAINED",
    rightsUseYears: null,
    negativeList: false,
    publiclyFunded: false,
  },
  today: "2026-11-27",
};

function renderComposer(language: "en" | "zh-CN" = "en") {
  const onSubmit = vi.fn();
  const { client } = makeFakeClient({});
  renderWithApp(
    <OfferComposer
      initial={{ ...initialTerms(["USE_FIRST_PAY_LATER"]), upfrontFee: 0 }}
      previous={null}
      context={context}
      counterOf={null}
      busy={false}
      serverError={null}
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
    { client, language },
  );
  return { onSubmit, user: userEvent.setup() };
}

describe("offer composer", () => {
  it("offers every instrument of the measures, each with its own fields", async () => {
    const { user } = renderComposer();
    const fields: Record<string, string[]> = {
      Royalty: ["Royalty rate", "Royalty base", "Annual cap", "Total cap"],
      "Use first, pay later": ["How it is paid"],
      "Equity investment": [
        "Valuation of the achievement",
        "Technology's share of the company",
        "Team's part of those shares",
        "Holder of the other shares",
        "Cash investment",
      ],
      "Invest first, equity later": [
        "Funding now",
        "Equity on conversion",
        "Convert by",
        "Conversion conditions",
      ],
      "Rights granted to the team": ["Grant", "Years of use"],
      "Net income split (horizontal project)": [
        "Researchers' share",
        "Transfer staff (of the unit's part)",
      ],
    };
    for (const [instrument, labels] of Object.entries(fields)) {
      for (const label of labels) expect(screen.queryByLabelText(label)).toBeNull();
      await user.click(screen.getByRole("switch", { name: `Include ${instrument}` }));
      for (const label of labels) expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    for (const label of ["Transfer mode", "Exclusivity", "Upfront fee", "Term", "Territory"]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    await user.click(screen.getByRole("button", { name: "Add a milestone payment" }));
    expect(screen.getByLabelText("Milestone 1 · Amount")).toBeInTheDocument();
    expect(screen.getByLabelText("Milestone 1 · Condition")).toBeInTheDocument();
    expect(screen.getByLabelText("Milestone 1 · Due on")).toBeInTheDocument();
  }, 60_000);

  it("walks use-first-pay-later from missing to a valid deferred payment, as measure 4 asks", async () => {
    const { user, onSubmit } = renderComposer();
    const check = screen.getByRole("region", { name: "Policy check" });
    expect(
      screen.getByText(
        "choose staged payments with a revenue share, or a deferred payment (measure 4)",
      ),
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Send offer" })).toBeDisabled();

    await user.click(screen.getByRole("switch", { name: "Include Use first, pay later" }));
    await user.click(screen.getByRole("radio", { name: "Deferred until there is revenue" }));
    const months = screen.getByLabelText("Months after first revenue");
    await user.clear(months);
    expect(
      await screen.findByText("Say how many months after the first revenue it is due"),
    ).toBeInTheDocument();
    await user.type(months, "6");
    expect(
      await within(check).findByText("The terms meet the policy rules and can be sent."),
    ).toBeVisible();

    const fee = screen.getByLabelText("Upfront fee");
    await user.type(fee, "5");
    expect(
      await screen.findByText("a use-first-pay-later licence has a zero entry fee (measure 4)"),
    ).toBeInTheDocument();
    await user.clear(fee);
    await user.type(fee, "0");
    await user.click(screen.getByRole("button", { name: "Send offer" }));
    expect(onSubmit).toHaveBeenCalledWith({
      terms: expect.objectContaining({
        mode: "USE_FIRST_PAY_LATER",
        upfrontFee: 0,
        payLater: { kind: "DEFERRED", deferredAmount: 200_000, deferredMonthsAfterFirstRevenue: 6 },
      }),
      note: null,
    });
  });

  it("explains problems in Chinese", async () => {
    const { user } = renderComposer("zh-CN");
    await user.click(screen.getByRole("switch", { name: "包含提成" }));
    const rate = screen.getByLabelText("提成比例");
    await user.clear(rate);
    await user.type(rate, "60");
    expect(await screen.findByText("不能超过 50")).toBeInTheDocument();
    expect(screen.getByText("有 1 处需要修改")).toBeVisible();
  });
});
