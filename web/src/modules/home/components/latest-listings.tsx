import { ArrowRightOutlined } from "@ant-design/icons";
import { Col, Row } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { CardGridSkeleton } from "../../../shared/components/card-grid-skeleton";
import { QueryError } from "../../../shared/components/query-error";
import { AchievementCard } from "../../achievements/components/achievement-card";
import { DemandCard } from "../../demands/components/demand-card";
import { useTaxonomy } from "../../taxonomy/use-taxonomy";
import { LatestListingsQuery } from "../graphql/home.graphql";

const ACHIEVEMENTS_SHOWN = 6;
const DEMANDS_SHOWN = 3;

/** The newest published achievements and open exam papers. */
export function LatestListings() {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LatestListingsQuery,
    variables: { achievements: ACHIEVEMENTS_SHOWN, demands: DEMANDS_SHOWN },
  });
  const retry = () => reexecute({ requestPolicy: "network-only" });
  if (error && !data) return <QueryError error={error} onRetry={retry} />;
  const achievements = data?.achievements?.edges ?? [];
  const demands = data?.demands?.edges ?? [];
  return (
    <>
      <section className="home-section" aria-labelledby="home-achievements-title">
        <div className="home-section-head">
          <h2 id="home-achievements-title" className="home-section-title">
            {t("home.latestAchievements")}
          </h2>
          <Link to="/achievements" className="home-more">
            {t("home.allAchievements")} <ArrowRightOutlined aria-hidden />
          </Link>
        </div>
        {!data && fetching ? (
          <CardGridSkeleton count={3} />
        ) : achievements.length === 0 ? (
          <p className="home-empty">{t("home.noAchievements")}</p>
        ) : (
          <Row gutter={[16, 16]} className="listing-grid">
            {achievements.map(({ cursor, node }) => (
              <Col key={cursor} xs={24} md={12} xl={8}>
                <AchievementCard data={node} fieldLabel={taxonomy.labelOf(node.field)} />
              </Col>
            ))}
          </Row>
        )}
      </section>
      <section className="home-section" aria-labelledby="home-demands-title">
        <div className="home-section-head">
          <h2 id="home-demands-title" className="home-section-title">
            {t("home.latestDemands")}
          </h2>
          <Link to="/demands" className="home-more">
            {t("home.allDemands")} <ArrowRightOutlined aria-hidden />
          </Link>
        </div>
        {!data && fetching ? (
          <CardGridSkeleton count={3} />
        ) : demands.length === 0 ? (
          <p className="home-empty">{t("home.noDemands")}</p>
        ) : (
          <Row gutter={[16, 16]} className="listing-grid">
            {demands.map(({ cursor, node }) => (
              <Col key={cursor} xs={24} md={12} xl={8}>
                <DemandCard data={node} fieldLabel={taxonomy.labelOf(node.field)} />
              </Col>
            ))}
          </Row>
        )}
      </section>
    </>
  );
}
