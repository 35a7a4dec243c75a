import { Collapse } from "antd";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useFormat } from "../../../i18n/use-format";
import { MatcherWeightsQuery } from "../graphql/matches.graphql";

/** How scores are made: the model's version, what it was fitted from, and each component's weight. */
export function ScoreModelNote() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data }] = useQuery({ query: MatcherWeightsQuery });
  const model = data?.matcherWeights;
  if (!model) return null;
  const weights = [...(model.weights ?? [])].sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0));
  return (
    <Collapse
      ghost
      className="score-model"
      items={[
        {
          key: "model",
          label: t("matches.model.title"),
          children: (
            <>
              <p className="form-hint">
                {model.version
                  ? t("matches.model.fitted", {
                      version: model.version,
                      date: format.date(model.fittedAt),
                      positive: format.number(model.positiveSamples ?? 0),
                      negative: format.number(model.negativeSamples ?? 0),
                    })
                  : t("matches.model.defaults")}
              </p>
              <ul className="plain-list">
                {weights.map((w) => (
                  <li key={w.name}>
                    {w.name ? t(`matches.componentNames.${w.name}`) : ""}:{" "}
                    {format.number(Math.round((w.weight ?? 0) * 100) / 100)}
                  </li>
                ))}
              </ul>
            </>
          ),
        },
      ]}
    />
  );
}
