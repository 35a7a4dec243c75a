import { Card, Col, Row, Skeleton } from "antd";
import { useTranslation } from "react-i18next";

/** Placeholder for a detail page while it loads. */
export function DetailSkeleton() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-busy="true" aria-label={t("app.loadingPage")}>
      <Skeleton active title={{ width: "60%" }} paragraph={{ rows: 1 }} />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Card>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card>
            <Skeleton active paragraph={{ rows: 6 }} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
