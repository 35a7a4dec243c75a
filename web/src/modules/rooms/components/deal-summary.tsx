import { Alert, Card } from "antd";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../i18n/use-format";
import type { TermsInput } from "../offer-draft";
import { TermsView } from "./terms-view";

/** The agreed deal: who, when, which offer, and the terms both parties accepted. */
export function DealSummary({
  deal,
  buyer,
  seller,
}: {
  deal: {
    agreedAt?: string | null;
    status?: string | null;
    offer?: { number?: number | null } | null;
    terms?: unknown;
  };
  buyer: string;
  seller: string;
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <Card className="deal-summary" title={t("rooms.deal.title")}>
      <Alert
        type="success"
        showIcon
        title={t("rooms.deal.agreed", {
          buyer,
          seller,
          number: deal.offer?.number ?? "",
          date: date(deal.agreedAt),
        })}
        description={t(`rooms.deal.status.${deal.status ?? "AGREED"}`, { defaultValue: "" })}
      />
      <TermsView terms={deal.terms as Partial<TermsInput>} />
    </Card>
  );
}
