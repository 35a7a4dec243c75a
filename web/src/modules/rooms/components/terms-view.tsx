import { Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import { formatCountry } from "../../../i18n/format";
import { useFormat } from "../../../i18n/use-format";
import type { TermsInput } from "../offer-draft";
import { fieldLabel, termValue } from "../term-text";

type Terms = Partial<TermsInput> | null | undefined;

/** Offer terms as a list of label/value rows, each instrument only when present. */
export function TermsView({ terms }: { terms: Terms }) {
  const { t } = useTranslation();
  const { number, language } = useFormat();
  if (!terms) return null;
  const money = (v: number | null | undefined) =>
    v == null ? "—" : `${number(v)} ${terms.currency ?? "CNY"}`;
  const value = (path: string, v: string | number | null | undefined) =>
    termValue(path, v, t, number);
  const rows: { key: string; label: string; children: string }[] = [
    { key: "mode", label: fieldLabel("mode", t), children: value("mode", terms.mode) },
    { key: "upfrontFee", label: fieldLabel("upfrontFee", t), children: money(terms.upfrontFee) },
    {
      key: "exclusivity",
      label: fieldLabel("exclusivity", t),
      children: value("exclusivity", terms.exclusivity),
    },
    {
      key: "territory",
      label: fieldLabel("territory", t),
      children: (terms.territory ?? [])
        .map((code) => (/^[A-Z]{2}$/.test(code) ? formatCountry(code, language) : code))
        .join(t("rooms.listSeparator")),
    },
    {
      key: "termYears",
      label: fieldLabel("termYears", t),
      children: t("rooms.years", { count: terms.termYears ?? 0 }),
    },
  ];
  for (const [i, m] of (terms.milestones ?? []).entries()) {
    rows.push({
      key: `milestone${i}`,
      label: t("rooms.milestoneN", { number: i + 1 }),
      children: [money(m.amount), m.condition, m.dueOn].filter(Boolean).join(" · "),
    });
  }
  const r = terms.royalty;
  if (r) {
    rows.push({
      key: "royalty",
      label: fieldLabel("royalty", t),
      children: [
        t("rooms.royaltyOf", {
          rate: value("royalty.ratePercent", r.ratePercent),
          base: value("royalty.base", r.base),
        }),
        r.annualCap != null ? `${fieldLabel("royalty.annualCap", t)} ${money(r.annualCap)}` : "",
        r.totalCap != null ? `${fieldLabel("royalty.totalCap", t)} ${money(r.totalCap)}` : "",
      ]
        .filter(Boolean)
        .join(" · "),
    });
  }
  const p = terms.payLater;
  if (p) {
    rows.push({
      key: "payLater",
      label: fieldLabel("payLater", t),
      children:
        p.kind === "DEFERRED"
          ? t("rooms.deferredSummary", {
              amount: money(p.deferredAmount),
              months: p.deferredMonthsAfterFirstRevenue ?? 0,
            })
          : value("payLater.kind", p.kind),
    });
  }
  const e = terms.equity;
  if (e) {
    rows.push({
      key: "equity",
      label: fieldLabel("equity", t),
      children: t("rooms.equitySummary", {
        valuation: money(e.valuation),
        share: value("equity.technologySharePercent", e.technologySharePercent),
        team: value("equity.teamSharePercent", e.teamSharePercent),
        holder: value("equity.remainderHolder", e.remainderHolder),
        cash: money(e.cashInvestment ?? 0),
      }),
    });
  }
  const f = terms.investFirst;
  if (f) {
    rows.push({
      key: "investFirst",
      label: fieldLabel("investFirst", t),
      children: t("rooms.investFirstSummary", {
        amount: money(f.fundingAmount),
        percent: value("investFirst.equityPercentOnConversion", f.equityPercentOnConversion),
        conditions: (f.conditions ?? []).join(t("rooms.listSeparator")),
        by: f.convertBy ?? "—",
      }),
    });
  }
  const g = terms.rightsGrant;
  if (g) {
    rows.push({
      key: "rightsGrant",
      label: fieldLabel("rightsGrant", t),
      children: [
        value("rightsGrant.kind", g.kind),
        g.years ? t("rooms.years", { count: g.years }) : "",
      ]
        .filter(Boolean)
        .join(" · "),
    });
  }
  const s = terms.incomeSplit;
  if (s) {
    rows.push({
      key: "incomeSplit",
      label: fieldLabel("incomeSplit", t),
      children: t("rooms.incomeSplitSummary", {
        researchers: value("incomeSplit.researchersPercent", s.researchersPercent),
        staff: value(
          "incomeSplit.transferStaffPercentOfRetained",
          s.transferStaffPercentOfRetained ?? 0,
        ),
      }),
    });
  }
  return <Descriptions size="small" column={1} bordered items={rows} />;
}
