import { Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { ResultOf } from "../../../graphql/graphql";
import { useFormat } from "../../../i18n/use-format";
import { PlatformStatsQuery } from "../graphql/home.graphql";

type Stats = NonNullable<ResultOf<typeof PlatformStatsQuery>["platformStats"]>;

const INSTITUTION_KINDS = new Set(["UNIVERSITY", "RESEARCH_INSTITUTE", "HOSPITAL"]);

/** The institutions (universities, institutes, hospitals) and enterprises among the organizations. */
export function countByGroup(stats: Stats) {
  let institutions = 0;
  let enterprises = 0;
  for (const { kind, count } of stats.organizationsByKind ?? []) {
    if (kind && INSTITUTION_KINDS.has(kind)) institutions += count ?? 0;
    if (kind === "ENTERPRISE") enterprises += count ?? 0;
  }
  return { institutions, enterprises };
}

/** Public counts of the marketplace; a failure hides the strip rather than the page. */
export function PlatformStats() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching }] = useQuery({ query: PlatformStatsQuery });
  const stats = data?.platformStats;
  if (!stats) {
    return fetching ? (
      <div
        className="home-stats"
        role="status"
        aria-busy="true"
        aria-label={t("home.statsLoading")}
      >
        <Skeleton active title={false} paragraph={{ rows: 1 }} />
      </div>
    ) : null;
  }
  const { institutions, enterprises } = countByGroup(stats);
  const items = [
    { key: "achievements", value: stats.achievements ?? 0 },
    { key: "openDemands", value: stats.openDemands ?? 0 },
    { key: "institutions", value: institutions },
    { key: "enterprises", value: enterprises },
    { key: "transacted", value: stats.transactedAchievements ?? 0 },
  ] as const;
  return (
    <section className="home-stats" aria-labelledby="home-stats-title">
      <h2 id="home-stats-title" className="visually-hidden">
        {t("home.statsTitle")}
      </h2>
      <dl className="home-stats-list">
        {items.map((item) => (
          <div key={item.key} className="home-stat">
            <dt>{t(`home.stats.${item.key}`)}</dt>
            <dd>{format.number(item.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
