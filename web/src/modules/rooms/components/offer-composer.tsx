import { Alert, Button, Card, Form, Input, InputNumber, Radio, Select, Space, Switch } from "antd";
import { type ReactNode, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { TRANSFER_MODES } from "../../../graphql/enums";
import { fieldIssues } from "../../../graphql/errors";
import { checkDraft, type DraftContext, type TermsInput } from "../offer-draft";
import { fieldLabel, fieldProblem } from "../term-text";
import { ChangeList } from "./offer-history";
import { ScheduleChart } from "./schedule-chart";

type Instrument = "royalty" | "payLater" | "equity" | "investFirst" | "rightsGrant" | "incomeSplit";

const EMPTY: { [K in Instrument]: NonNullable<TermsInput[K]> } = {
  royalty: { ratePercent: 3, base: "NET_SALES", annualCap: null, totalCap: null },
  payLater: { kind: "STAGED", deferredAmount: null, deferredMonthsAfterFirstRevenue: null },
  equity: {
    valuation: 1_000_000,
    technologySharePercent: 20,
    teamSharePercent: 80,
    remainderHolder: "UNIT",
    cashInvestment: 0,
  },
  investFirst: {
    fundingAmount: 500_000,
    conditions: [],
    equityPercentOnConversion: 5,
    convertBy: null,
  },
  rightsGrant: { kind: "LONG_TERM_USE", years: 10 },
  incomeSplit: { researchersPercent: 80, transferStaffPercentOfRetained: 10 },
};

const INSTRUMENTS = Object.keys(EMPTY) as Instrument[];

/** What a submit sends; the page calls proposeOffer or counterOffer with it. */
export interface OfferSubmission {
  terms: TermsInput;
  note: string | null;
}

/**
 * Drafts an offer over every instrument of the measures and checks it as it changes, with the
 * domain's own rules (the API applies the same ones when it is proposed): field problems under
 * the fields, policy findings with their measure, the payment schedule and the changes from the
 * offer it answers. Errors block sending; warnings and notes only inform.
 */
export function OfferComposer({
  initial,
  previous,
  context,
  counterOf,
  busy,
  serverError,
  onSubmit,
  onCancel,
}: {
  initial: TermsInput;
  previous: TermsInput | null;
  context: DraftContext;
  /** The number of the offer this answers, for a counter-offer. */
  counterOf: number | null;
  busy: boolean;
  serverError: unknown;
  onSubmit: (submission: OfferSubmission) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<TermsInput>(initial);
  const [note, setNote] = useState("");
  const [revenue, setRevenue] = useState<number>(0);
  const check = useMemo(
    () => checkDraft(draft, context, previous, revenue),
    [draft, context, previous, revenue],
  );

  const serverProblems = useMemo(
    () => fieldIssues(serverError as never).map((i) => ({ path: i.path, message: i.message })),
    [serverError],
  );

  const set = <K extends keyof TermsInput>(key: K, value: TermsInput[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setIn = <K extends Instrument>(key: K, patch: Partial<NonNullable<TermsInput[K]>>) =>
    setDraft((d) => ({ ...d, [key]: { ...(d[key] as object), ...patch } }));

  const problemsAt = (path: string): string[] => [
    ...(check.fieldErrors.get(path) ?? []).map((m) => fieldProblem(m, t)),
    ...check.issues
      .filter((i) => i.path === path && i.severity === "error")
      .map((i) => t(`rooms.issues.${i.code}`, { measure: i.measure ?? "" })),
  ];

  // A radio group is not labellable by <label for>; it names itself with aria-label.
  function field(
    path: string,
    control: (inputId: string) => ReactNode,
    extra?: string,
    group = false,
  ) {
    const inputId = `${id}-${path.replaceAll(".", "-")}`;
    const problems = problemsAt(path);
    return (
      <Form.Item
        key={path}
        label={fieldLabel(path, t)}
        htmlFor={group ? undefined : inputId}
        validateStatus={problems.length ? "error" : undefined}
        help={problems.length ? problems.join(" ") : extra}
      >
        {control(inputId)}
      </Form.Item>
    );
  }

  const money = (
    path: string,
    value: number | null | undefined,
    onChange: (v: number | null) => void,
  ) =>
    field(path, (inputId) => (
      <InputNumber
        id={inputId}
        value={value}
        min={0}
        step={10_000}
        style={{ width: "100%" }}
        suffix={draft.currency ?? "CNY"}
        onChange={(v) => onChange(typeof v === "number" ? v : null)}
      />
    ));
  const num = (
    path: string,
    value: number | null | undefined,
    onChange: (v: number | null) => void,
    suffix?: string,
  ) =>
    field(path, (inputId) => (
      <InputNumber
        id={inputId}
        value={value}
        min={0}
        style={{ width: "100%" }}
        suffix={suffix}
        onChange={(v) => onChange(typeof v === "number" ? v : null)}
      />
    ));

  const general = check.issues.filter((i) => i.severity !== "error" || !hasField(i.path));
  const blocking = check.issues.filter((i) => i.severity === "error");
  const fieldCount = check.fieldErrors.size;

  return (
    <Card
      className="offer-composer"
      title={counterOf ? t("rooms.counterTitle", { number: counterOf }) : t("rooms.proposeTitle")}
    >
      <Form layout="vertical" component="div" className="offer-form">
        <div className="offer-grid">
          {field("mode", (inputId) => (
            <Select
              id={inputId}
              value={draft.mode}
              options={TRANSFER_MODES.map((m) => ({ value: m, label: t(`transferModes.${m}`) }))}
              onChange={(v) => set("mode", v)}
            />
          ))}
          {field("exclusivity", (inputId) => (
            <Select
              id={inputId}
              value={draft.exclusivity}
              options={(["EXCLUSIVE", "SOLE", "NON_EXCLUSIVE"] as const).map((v) => ({
                value: v,
                label: t(`rooms.exclusivity.${v}`),
              }))}
              onChange={(v) => set("exclusivity", v)}
            />
          ))}
          {money("upfrontFee", draft.upfrontFee, (v) => set("upfrontFee", v as number))}
          {num(
            "termYears",
            draft.termYears,
            (v) => set("termYears", v as number),
            t("rooms.yearsUnit"),
          )}
          {field(
            "territory",
            (inputId) => (
              <Input
                id={inputId}
                value={draft.territory.join(", ")}
                onChange={(e) =>
                  set(
                    "territory",
                    e.target.value
                      .split(/[,，、]/)
                      .map((s) => s.trim())
                      .filter(Boolean),
                  )
                }
              />
            ),
            t("rooms.territoryHelp"),
          )}
        </div>

        <fieldset className="offer-section">
          <legend>{t("rooms.fields.milestones")}</legend>
          {(draft.milestones ?? []).map((m, i) => {
            const update = (patch: Partial<typeof m>) =>
              set(
                "milestones",
                (draft.milestones ?? []).map((x, j) => (j === i ? { ...x, ...patch } : x)),
              );
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: milestones have no id; their order is their identity
              <div className="offer-grid milestone-row" key={i}>
                {money(`milestones.${i}.amount`, m.amount, (v) => update({ amount: v as number }))}
                {field(`milestones.${i}.condition`, (inputId) => (
                  <Input
                    id={inputId}
                    value={m.condition ?? ""}
                    onChange={(e) => update({ condition: e.target.value || null })}
                  />
                ))}
                {field(`milestones.${i}.dueOn`, (inputId) => (
                  <Input
                    id={inputId}
                    type="date"
                    value={m.dueOn ?? ""}
                    onChange={(e) => update({ dueOn: e.target.value || null })}
                  />
                ))}
                <Button
                  onClick={() =>
                    set(
                      "milestones",
                      (draft.milestones ?? []).filter((_, j) => j !== i),
                    )
                  }
                >
                  {t("rooms.removeMilestone", { number: i + 1 })}
                </Button>
              </div>
            );
          })}
          <Button
            onClick={() =>
              set("milestones", [
                ...(draft.milestones ?? []),
                { amount: 100_000, condition: null, dueOn: null },
              ])
            }
          >
            {t("rooms.addMilestone")}
          </Button>
        </fieldset>

        {INSTRUMENTS.map((key) => {
          const on = draft[key] != null;
          const switchId = `${id}-${key}-on`;
          return (
            <fieldset key={key} className={on ? "offer-section" : "offer-section off"}>
              <legend>
                <Space>
                  <Switch
                    id={switchId}
                    size="small"
                    checked={on}
                    aria-label={t("rooms.include", { instrument: fieldLabel(key, t) })}
                    onChange={(checked) => set(key, (checked ? EMPTY[key] : null) as never)}
                  />
                  <label htmlFor={switchId}>{fieldLabel(key, t)}</label>
                </Space>
              </legend>
              {on ? <div className="offer-grid">{instrumentFields(key)}</div> : null}
              {problemsAt(key).length ? (
                <Alert type="error" showIcon title={problemsAt(key).join(" ")} />
              ) : null}
            </fieldset>
          );
        })}

        {field("note", (inputId) => (
          <Input.TextArea
            id={inputId}
            value={note}
            maxLength={2000}
            autoSize={{ minRows: 2, maxRows: 5 }}
            onChange={(e) => setNote(e.target.value)}
          />
        ))}

        <section className="offer-check" aria-label={t("rooms.policyCheck")} aria-live="polite">
          {fieldCount ? (
            <Alert type="error" showIcon title={t("rooms.fixFields", { count: fieldCount })} />
          ) : blocking.length === 0 ? (
            <Alert type="success" showIcon title={t("rooms.policyOk")} />
          ) : null}
          {general.length ? (
            <ul className="offer-issues">
              {general.map((i) => (
                <li key={`${i.code}-${i.path}`} className={`issue-${i.severity}`}>
                  <Alert
                    type={
                      i.severity === "error"
                        ? "error"
                        : i.severity === "warning"
                          ? "warning"
                          : "info"
                    }
                    showIcon
                    title={t("rooms.issueAt", {
                      field: fieldLabel(i.path, t),
                      text: t(`rooms.issues.${i.code}`, { measure: i.measure ?? "" }),
                    })}
                  />
                </li>
              ))}
            </ul>
          ) : null}
          {serverProblems.length ? (
            <Alert
              type="error"
              showIcon
              title={serverProblems
                .map((p) =>
                  t("rooms.issueAt", {
                    field: fieldLabel(p.path, t),
                    text: fieldProblem(p.message, t),
                  }),
                )
                .join(" ")}
            />
          ) : null}
        </section>

        {previous && check.changes.length ? (
          <section aria-label={t("rooms.changesFromOpen")}>
            <strong>{t("rooms.changesFromOpen")}</strong>
            <ChangeList
              changes={check.changes.map((c) => ({
                ...c,
                before: str(c.before),
                after: str(c.after),
              }))}
            />
          </section>
        ) : null}

        {check.schedule ? (
          <>
            {num("revenue", revenue, (v) => setRevenue(v ?? 0), draft.currency ?? "CNY")}
            <ScheduleChart schedule={check.schedule} />
          </>
        ) : null}

        <Space>
          <Button
            type="primary"
            loading={busy}
            disabled={!check.valid || fieldCount > 0}
            onClick={() => onSubmit({ terms: draft, note: note.trim() || null })}
          >
            {counterOf ? t("rooms.sendCounter") : t("rooms.sendOffer")}
          </Button>
          <Button onClick={onCancel}>{t("rooms.cancel")}</Button>
        </Space>
      </Form>
    </Card>
  );

  function hasField(path: string) {
    return (
      path.includes(".") ||
      ["mode", "upfrontFee", "exclusivity", "territory", "termYears"].includes(path) ||
      INSTRUMENTS.includes(path as Instrument)
    );
  }

  function instrumentFields(key: Instrument): ReactNode {
    const pct = "%";
    switch (key) {
      case "royalty": {
        const r = draft.royalty;
        if (!r) return null;
        return (
          <>
            {num(
              "royalty.ratePercent",
              r.ratePercent,
              (v) => setIn("royalty", { ratePercent: v as number }),
              pct,
            )}
            {field("royalty.base", (inputId) => (
              <Select
                id={inputId}
                value={r.base}
                options={(["NET_SALES", "GROSS_SALES", "GROSS_PROFIT"] as const).map((v) => ({
                  value: v,
                  label: t(`rooms.royaltyBase.${v}`),
                }))}
                onChange={(v) => setIn("royalty", { base: v })}
              />
            ))}
            {money("royalty.annualCap", r.annualCap, (v) => setIn("royalty", { annualCap: v }))}
            {money("royalty.totalCap", r.totalCap, (v) => setIn("royalty", { totalCap: v }))}
          </>
        );
      }
      case "payLater": {
        const p = draft.payLater;
        if (!p) return null;
        return (
          <>
            {field(
              "payLater.kind",
              (inputId) => (
                <Radio.Group
                  aria-label={fieldLabel("payLater.kind", t)}
                  id={inputId}
                  value={p.kind}
                  options={(["STAGED", "DEFERRED"] as const).map((v) => ({
                    value: v,
                    label: t(`rooms.payLaterKind.${v}`),
                  }))}
                  onChange={(e) =>
                    setIn(
                      "payLater",
                      e.target.value === "DEFERRED"
                        ? {
                            kind: "DEFERRED",
                            deferredAmount: 200_000,
                            deferredMonthsAfterFirstRevenue: 6,
                          }
                        : {
                            kind: "STAGED",
                            deferredAmount: null,
                            deferredMonthsAfterFirstRevenue: null,
                          },
                    )
                  }
                />
              ),
              undefined,
              true,
            )}
            {p.kind === "DEFERRED" ? (
              <>
                {money("payLater.deferredAmount", p.deferredAmount, (v) =>
                  setIn("payLater", { deferredAmount: v }),
                )}
                {num(
                  "payLater.deferredMonthsAfterFirstRevenue",
                  p.deferredMonthsAfterFirstRevenue,
                  (v) => setIn("payLater", { deferredMonthsAfterFirstRevenue: v }),
                  t("rooms.monthsUnit"),
                )}
              </>
            ) : null}
          </>
        );
      }
      case "equity": {
        const e = draft.equity;
        if (!e) return null;
        return (
          <>
            {money("equity.valuation", e.valuation, (v) =>
              setIn("equity", { valuation: v as number }),
            )}
            {num(
              "equity.technologySharePercent",
              e.technologySharePercent,
              (v) => setIn("equity", { technologySharePercent: v as number }),
              pct,
            )}
            {num(
              "equity.teamSharePercent",
              e.teamSharePercent,
              (v) => setIn("equity", { teamSharePercent: v as number }),
              pct,
            )}
            {field("equity.remainderHolder", (inputId) => (
              <Select
                id={inputId}
                value={e.remainderHolder}
                options={(["UNIT", "MUNICIPAL_STATE_CAPITAL"] as const).map((v) => ({
                  value: v,
                  label: t(`rooms.remainderHolder.${v}`),
                }))}
                onChange={(v) => setIn("equity", { remainderHolder: v })}
              />
            ))}
            {money("equity.cashInvestment", e.cashInvestment, (v) =>
              setIn("equity", { cashInvestment: v ?? 0 }),
            )}
          </>
        );
      }
      case "investFirst": {
        const f = draft.investFirst;
        if (!f) return null;
        return (
          <>
            {money("investFirst.fundingAmount", f.fundingAmount, (v) =>
              setIn("investFirst", { fundingAmount: v as number }),
            )}
            {num(
              "investFirst.equityPercentOnConversion",
              f.equityPercentOnConversion,
              (v) => setIn("investFirst", { equityPercentOnConversion: v as number }),
              pct,
            )}
            {field("investFirst.convertBy", (inputId) => (
              <Input
                id={inputId}
                type="date"
                value={f.convertBy ?? ""}
                onChange={(e) => setIn("investFirst", { convertBy: e.target.value || null })}
              />
            ))}
            {field(
              "investFirst.conditions",
              (inputId) => (
                <Input.TextArea
                  id={inputId}
                  value={f.conditions.join("\n")}
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  onChange={(e) =>
                    setIn("investFirst", {
                      conditions: e.target.value.split("\n").filter((s) => s.trim()),
                    })
                  }
                />
              ),
              t("rooms.conditionsHelp"),
            )}
          </>
        );
      }
      case "rightsGrant": {
        const g = draft.rightsGrant;
        if (!g) return null;
        return (
          <>
            {field("rightsGrant.kind", (inputId) => (
              <Select
                id={inputId}
                value={g.kind}
                options={(["TEAM_OWNERSHIP", "LONG_TERM_USE"] as const).map((v) => ({
                  value: v,
                  label: t(`rooms.rightsGrantKind.${v}`),
                }))}
                onChange={(v) => setIn("rightsGrant", { kind: v })}
              />
            ))}
            {num(
              "rightsGrant.years",
              g.years,
              (v) => setIn("rightsGrant", { years: v }),
              t("rooms.yearsUnit"),
            )}
          </>
        );
      }
      case "incomeSplit": {
        const s = draft.incomeSplit;
        if (!s) return null;
        return (
          <>
            {num(
              "incomeSplit.researchersPercent",
              s.researchersPercent,
              (v) => setIn("incomeSplit", { researchersPercent: v as number }),
              pct,
            )}
            {num(
              "incomeSplit.transferStaffPercentOfRetained",
              s.transferStaffPercentOfRetained,
              (v) => setIn("incomeSplit", { transferStaffPercentOfRetained: v }),
              pct,
            )}
          </>
        );
      }
    }
  }
}

function str(v: string | number | boolean | null): string | null {
  return v == null ? null : String(v);
}
