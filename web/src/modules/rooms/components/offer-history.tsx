import { Button, Card, Collapse, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ResultOf } from "../../../graphql/graphql";
import { useFormat } from "../../../i18n/use-format";
import type { OfferFields } from "../graphql/rooms.graphql";
import { fieldLabel, termValue } from "../term-text";
import { TermsView } from "./terms-view";

export type Offer = ResultOf<typeof OfferFields>;
type Change = { path: string; kind: string; before: string | null; after: string | null };

const STATUS_COLORS: Record<string, string> = {
  PROPOSED: "processing",
  ACCEPTED: "success",
  COUNTERED: "default",
  WITHDRAWN: "default",
};

/** What changed between two offers, one line per field. */
export function ChangeList({ changes }: { changes: readonly Change[] }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  if (changes.length === 0) return null;
  return (
    <ul className="offer-changes" aria-label={t("rooms.changes")}>
      {changes.map((c) => (
        <li key={`${c.path}-${c.kind}`} className={`change-${c.kind.toLowerCase()}`}>
          {t(`rooms.change.${c.kind.toUpperCase() as "ADDED" | "REMOVED" | "CHANGED"}`, {
            field: fieldLabel(c.path, t),
            before: termValue(c.path, c.before, t, number),
            after: termValue(c.path, c.after, t, number),
          })}
        </li>
      ))}
    </ul>
  );
}

/** Every offer in the room, newest first, with its changes from the one it countered and the actions the viewer may take. */
export function OfferHistory({
  offers,
  viewerSide,
  busy,
  onAccept,
  onCounter,
  onWithdraw,
}: {
  offers: readonly Offer[];
  viewerSide: string | null | undefined;
  busy: boolean;
  onAccept: (offer: Offer) => void;
  onCounter: (offer: Offer) => void;
  onWithdraw: (offer: Offer) => void;
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  if (offers.length === 0) {
    return <Typography.Paragraph type="secondary">{t("rooms.noOffers")}</Typography.Paragraph>;
  }
  const party = viewerSide === "BUYER" || viewerSide === "SELLER";
  return (
    <ol className="offer-history" aria-label={t("rooms.offerHistory")}>
      {[...offers].reverse().map((offer) => {
        const open = offer.status === "PROPOSED";
        const mayAccept = open && party && (offer.pendingSides ?? []).includes(viewerSide as never);
        const mine = offer.proposerSide === viewerSide;
        return (
          <li key={offer.id}>
            <Card
              size="small"
              title={t("rooms.offerTitle", { number: offer.number ?? "" })}
              extra={
                <Tag color={STATUS_COLORS[offer.status ?? ""]}>
                  {t(`rooms.offerStatus.${offer.status ?? "PROPOSED"}`)}
                </Tag>
              }
            >
              <Typography.Paragraph type="secondary" className="offer-by">
                {t("rooms.offerBy", {
                  name: offer.proposer?.displayName ?? "",
                  side: t(`rooms.side.${offer.proposerSide ?? "BUYER"}`),
                  date: date(offer.createdAt),
                })}
              </Typography.Paragraph>
              {offer.note ? <Typography.Paragraph>{offer.note}</Typography.Paragraph> : null}
              {offer.previousOfferId ? (
                <>
                  <Typography.Text strong>{t("rooms.changesFromPrevious")}</Typography.Text>
                  <ChangeList changes={(offer.changes ?? []) as Change[]} />
                </>
              ) : null}
              <Collapse
                key={offer.status}
                size="small"
                ghost
                defaultActiveKey={open ? ["terms"] : []}
                items={[
                  {
                    key: "terms",
                    label: t("rooms.terms"),
                    children: <TermsView terms={offer.terms as never} />,
                  },
                ]}
              />
              {open && party ? (
                <Space wrap className="offer-actions">
                  {mayAccept ? (
                    <Button type="primary" loading={busy} onClick={() => onAccept(offer)}>
                      {t("rooms.accept")}
                    </Button>
                  ) : (
                    <Typography.Text type="secondary">{t("rooms.awaitingOther")}</Typography.Text>
                  )}
                  {!mine ? (
                    <Button disabled={busy} onClick={() => onCounter(offer)}>
                      {t("rooms.counter")}
                    </Button>
                  ) : (
                    <Button danger disabled={busy} onClick={() => onWithdraw(offer)}>
                      {t("rooms.withdraw")}
                    </Button>
                  )}
                </Space>
              ) : null}
            </Card>
          </li>
        );
      })}
    </ol>
  );
}
