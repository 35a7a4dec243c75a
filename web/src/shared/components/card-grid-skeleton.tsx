import { Col, Row, Skeleton } from "antd";
import { useTranslation } from "react-i18next";

/** Placeholder cards while a list page loads. */
export function CardGridSkeleton({ count = 6 }: { count?: number }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]} role="status" aria-busy="true" aria-label={t("app.loadingPage")}>
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Col key={i} xs={24} md={12} xl={8}>
          <div className="listing-card">
            <Skeleton active paragraph={{ rows: 4 }} />
          </div>
        </Col>
      ))}
    </Row>
  );
}
