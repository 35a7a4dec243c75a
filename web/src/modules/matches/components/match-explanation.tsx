import { Col, Row, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { type FragmentOf, type ResultOf, readFragment } from "../../../graphql/graphql";
import { useFormat } from "../../../i18n/use-format";
import { MatchDetailsFragment } from "../graphql/matches.graphql";
import { fieldText, markSpans, type Span } from "../highlight-text";
import { MatchScoreBar } from "./match-score-bar";

type Match = ResultOf<typeof MatchDetailsFragment>;
type Highlight = NonNullable<NonNullable<Match["highlights"]>["demand"]>[number];
type FieldName =
  | "titleZh"
  | "titleEn"
  | "keywords"
  | "summaryZh"
  | "summaryEn"
  | "problemZh"
  | "problemEn"
  | "indicators";

const DEMAND_FIELDS: FieldName[] = [
  "titleZh",
  "titleEn",
  "keywords",
  "problemZh",
  "problemEn",
  "indicators",
];
const ACHIEVEMENT_FIELDS: FieldName[] = [
  "titleZh",
  "titleEn",
  "keywords",
  "summaryZh",
  "summaryEn",
];

// A component moving the logit by less than this neither helps nor hurts in a reader's eyes.
const NEUTRAL = 0.05;

/**
 * Why a pair matched: the score, the explanation sentences, each component's value and pull,
 * the terms that matched, and where they stand in both listings.
 */
export function MatchExplanation({
  match: data,
  sentences,
  showScore = true,
}: {
  match: FragmentOf<typeof MatchDetailsFragment>;
  sentences: readonly string[];
  /** Off where the score is already shown next to the listing. */
  showScore?: boolean;
}) {
  const match = readFragment(MatchDetailsFragment, data);
  const { t } = useTranslation();
  const format = useFormat();
  const percent = (value: number) => format.number(Math.round(value * 100));

  return (
    <div className="match-explanation">
      {showScore ? <MatchScoreBar score={match.score ?? 0} /> : null}
      {sentences.length ? (
        <section aria-label={t("matches.why")}>
          <ul className="match-sentences">
            {sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <Row gutter={[24, 16]}>
        <Col xs={24} md={12}>
          <section aria-labelledby={`components-${match.id}`}>
            <h3 className="subheading" id={`components-${match.id}`}>
              {t("matches.components")}
            </h3>
            <ul className="component-list">
              {(match.components ?? []).map((c) => {
                const name = c.name ? t(`matches.componentNames.${c.name}`) : "";
                const value = c.value ?? 0.5;
                const pull = c.contribution ?? 0;
                const direction =
                  pull > NEUTRAL ? "raises" : pull < -NEUTRAL ? "lowers" : "neutral";
                return (
                  <li key={c.name} className="component-row">
                    <span className="component-name">{name}</span>
                    <span className="component-bar" aria-hidden="true">
                      <span
                        className={`component-fill ${direction}`}
                        style={{ width: `${Math.round(value * 100)}%` }}
                      />
                    </span>
                    <meter
                      className="visually-hidden"
                      min={0}
                      max={100}
                      value={Math.round(value * 100)}
                      aria-label={name}
                    />
                    <Tag
                      color={
                        direction === "raises"
                          ? "green"
                          : direction === "lowers"
                            ? "red"
                            : "default"
                      }
                    >
                      {t(`matches.${direction}`)}
                    </Tag>
                  </li>
                );
              })}
            </ul>
          </section>
        </Col>
        <Col xs={24} md={12}>
          {match.matchedTerms?.length ? (
            <section aria-labelledby={`terms-${match.id}`}>
              <h3 className="subheading" id={`terms-${match.id}`}>
                {t("matches.matchedTerms")}
              </h3>
              <table className="terms-table">
                <thead>
                  <tr>
                    <th scope="col">{t("matches.demandTerm")}</th>
                    <th scope="col">{t("matches.achievementTerm")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("matches.score")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {match.matchedTerms.map((term) => (
                    <tr key={`${term.demandTerm}-${term.achievementTerm}`}>
                      <td>
                        <mark>{term.demandTerm}</mark>
                      </td>
                      <td>
                        <mark>{term.achievementTerm}</mark>
                      </td>
                      <td>
                        {term.via && term.via !== "EXACT" ? (
                          <Tag>{t(`matches.via.${term.via}`)}</Tag>
                        ) : null}
                        <span className="row-meta">
                          {t("matches.termShare", { percent: percent(term.weight ?? 0) })}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </Col>
      </Row>

      <Row gutter={[24, 16]} className="match-sides">
        <Col xs={24} md={12}>
          <HighlightedListing
            heading={t("matches.demandSide")}
            listing={match.demand}
            fields={DEMAND_FIELDS}
            spans={match.highlights?.demand ?? []}
          />
        </Col>
        <Col xs={24} md={12}>
          <HighlightedListing
            heading={t("matches.achievementSide")}
            listing={match.achievement}
            fields={ACHIEVEMENT_FIELDS}
            spans={match.highlights?.achievement ?? []}
          />
        </Col>
      </Row>
    </div>
  );
}

/** One side's texts with the matched stretches marked; only the fields that matched, title first. */
function HighlightedListing({
  heading,
  listing,
  fields,
  spans,
}: {
  heading: string;
  listing: Parameters<typeof fieldText>[0] | null | undefined;
  fields: FieldName[];
  spans: readonly Highlight[];
}) {
  const { t } = useTranslation();
  if (!listing) return null;
  const shown = fields.filter((f) => spans.some((s) => s.field === f));
  return (
    <section className="match-side" aria-label={`${heading} · ${t("matches.highlightedIn")}`}>
      <h3 className="subheading">{heading}</h3>
      <dl className="match-fields">
        {shown.map((field) => {
          const text = fieldText(listing, field);
          if (!text) return null;
          const segments = markSpans(text, spans.filter((s) => s.field === field) as Span[]);
          return (
            <div key={field} className="match-field">
              <dt>{t(`matches.fields.${field}`)}</dt>
              <dd lang={field.endsWith("En") ? "en" : field.endsWith("Zh") ? "zh-CN" : undefined}>
                {segments.map((s, i) =>
                  s.marked ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder.
                    <mark key={i}>{s.text}</mark>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: as above.
                    <span key={i}>{s.text}</span>
                  ),
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
