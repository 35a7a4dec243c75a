import { Alert, Button, Card, Col, Row, Space, Tag, Typography } from "antd";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMutation } from "urql";
import { errorCode, errorMessage, isNotFound } from "../../../graphql/errors";
import { readFragment } from "../../../graphql/graphql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { DetailSkeleton } from "../../../shared/components/detail-skeleton";
import { NotFoundResult } from "../../../shared/components/not-found-result";
import { QueryError } from "../../../shared/components/query-error";
import { useFeedback } from "../../../shared/feedback";
import { useViewer } from "../../accounts/use-viewer";
import { ConnectionStatus } from "../components/connection-status";
import { DealSummary } from "../components/deal-summary";
import { MessageComposer, useMessageSender } from "../components/message-composer";
import { MessageStream } from "../components/message-stream";
import { OfferComposer, type OfferSubmission } from "../components/offer-composer";
import { type Offer, OfferHistory } from "../components/offer-history";
import {
  AcceptOfferMutation,
  CounterOfferMutation,
  OfferFields,
  OfferTermsFields,
  ProposeOfferMutation,
  WithdrawOfferMutation,
} from "../graphql/rooms.graphql";
import { initialTerms, kunmingToday, type TermsInput, withoutTypename } from "../offer-draft";
import { useRoomLive } from "../use-room-live";
import "../rooms.css";

type Composing = { kind: "propose" } | { kind: "counter"; offer: Offer } | null;

/**
 * A negotiation room: the live message stream, presence and typing, offers and the deal.
 * Keyed by the room id, so moving to another room starts from an empty log.
 */
export function RoomPage() {
  const { id = "" } = useParams();
  return <RoomView key={id} id={id} />;
}

function RoomView({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const feedback = useFeedback();
  const { viewer } = useViewer();
  const viewerId = viewer?.id ?? null;
  const live = useRoomLive(id, viewerId);
  const { room } = live;
  const { pending, send } = useMessageSender(id, (event) => live.addEvents([event]));
  const [composing, setComposing] = useState<Composing>(null);
  const [proposeResult, proposeOffer] = useMutation(ProposeOfferMutation);
  const [counterResult, counterOffer] = useMutation(CounterOfferMutation);
  const [acceptResult, acceptOffer] = useMutation(AcceptOfferMutation);
  const [withdrawResult, withdrawOffer] = useMutation(WithdrawOfferMutation);
  const [submitError, setSubmitError] = useState<unknown>(null);

  const offers = useMemo(() => readFragment(OfferFields, room?.offers ?? []), [room?.offers]);
  const openOffer = offers.find((o) => o.status === "PROPOSED") ?? null;
  const context = useMemo(
    () => ({
      sellerKind: room?.seller?.kind,
      achievement: room?.achievement ?? null,
      today: kunmingToday(),
    }),
    [room?.seller?.kind, room?.achievement],
  );

  const termsOf = useCallback(
    (offer: Offer | null): TermsInput | null =>
      offer?.terms
        ? (withoutTypename(readFragment(OfferTermsFields, offer.terms)) as TermsInput)
        : null,
    [],
  );

  const reportActionError = (error: Parameters<typeof errorMessage>[0]) => {
    const code = errorCode(error);
    const { network, message } = errorMessage(error);
    feedback.error(
      network
        ? t("common.networkError")
        : code === "CONFLICT" || code === "ILLEGAL_TRANSITION"
          ? t("rooms.offerChanged")
          : t("rooms.actionFailed", { message }),
    );
    live.refreshRoom();
  };

  async function submitOffer({ terms, note }: OfferSubmission) {
    setSubmitError(null);
    const clientId = crypto.randomUUID();
    const result =
      composing?.kind === "counter"
        ? await counterOffer({ offerId: composing.offer.id ?? "", terms, note, clientId })
        : await proposeOffer({ roomId: id, terms, note, clientId });
    if (result.error) {
      if (errorCode(result.error) === "BAD_USER_INPUT") setSubmitError(result.error);
      else reportActionError(result.error);
      return;
    }
    setComposing(null);
    feedback.success(t("rooms.offerSent"));
    live.refreshRoom();
  }

  async function accept(offer: Offer) {
    const result = await acceptOffer({ offerId: offer.id ?? "" });
    if (result.error) reportActionError(result.error);
    else live.refreshRoom();
  }

  async function withdraw(offer: Offer) {
    const result = await withdrawOffer({ offerId: offer.id ?? "" });
    if (result.error) reportActionError(result.error);
    else live.refreshRoom();
  }

  if (!room) {
    if (live.error) {
      return isNotFound(live.error) || errorCode(live.error) === "FORBIDDEN" ? (
        <NotFoundResult
          title={t("rooms.notFound")}
          backTo="/rooms"
          backLabel={t("rooms.backToList")}
        />
      ) : (
        <QueryError error={live.error} onRetry={live.refreshRoom} />
      );
    }
    return <DetailSkeleton />;
  }

  const orgName = (org: { nameZh?: string | null; nameEn?: string | null } | null | undefined) =>
    pickLocalized(language, org?.nameZh, org?.nameEn)?.text ?? "";
  const subject = room.achievement ?? room.demand;
  const subjectTitle = pickLocalized(language, subject?.titleZh, subject?.titleEn)?.text ?? "";
  const subjectLink = room.achievement
    ? `/achievements/${room.achievement.id}`
    : room.demand
      ? `/demands/${room.demand.id}`
      : null;
  const party = room.viewerSide === "BUYER" || room.viewerSide === "SELLER";
  const canWrite = room.viewerSide != null;
  const agreed = room.status === "AGREED";
  const busy =
    proposeResult.fetching ||
    counterResult.fetching ||
    acceptResult.fetching ||
    withdrawResult.fetching;
  const online = [...live.online.entries()].filter(([userId]) => userId !== viewerId);

  return (
    <div className="room-page">
      <header className="room-header">
        <div>
          <Typography.Title level={1} className="room-title">
            {t("rooms.roomTitle", { buyer: orgName(room.buyer), seller: orgName(room.seller) })}
          </Typography.Title>
          <Space wrap size="small">
            <Tag>{t(`rooms.origin.${room.origin ?? "INQUIRY"}`)}</Tag>
            {subjectLink ? <Link to={subjectLink}>{subjectTitle}</Link> : null}
            {room.viewerSide ? (
              <Typography.Text type="secondary">
                {t("rooms.youSpeakFor", { side: t(`rooms.side.${room.viewerSide}`) })}
              </Typography.Text>
            ) : (
              <Tag color="purple">{t("rooms.auditing")}</Tag>
            )}
            <Tag color={agreed ? "success" : "blue"}>
              {t(`rooms.status.${room.status ?? "OPEN"}`)}
            </Tag>
          </Space>
        </div>
        <Space size={4} wrap className="room-live">
          <ConnectionStatus state={live.connection} />
          <Typography.Text type="secondary" className="room-presence">
            {online.length
              ? t("rooms.onlineNow", {
                  names: online.map(([, name]) => name).join(t("rooms.listSeparator")),
                })
              : t("rooms.nobodyElseOnline")}
          </Typography.Text>
        </Space>
      </header>

      {agreed && room.deal ? (
        <DealSummary
          deal={{
            ...room.deal,
            terms: withoutTypename(readFragment(OfferTermsFields, room.deal.terms ?? null)),
          }}
          buyer={orgName(room.buyer)}
          seller={orgName(room.seller)}
        />
      ) : null}

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <Card title={t("rooms.messages")} className="room-messages">
            <MessageStream
              events={live.events}
              pending={pending}
              read={live.read}
              viewerId={viewerId}
              onRetry={(message) => void send(message)}
              older={
                live.olderLeft
                  ? { loading: live.loadingOlder, load: () => void live.loadOlder() }
                  : null
              }
            />
            <div className="room-typing" aria-live="polite">
              {live.typing.length
                ? t("rooms.typing", {
                    names: live.typing.join(t("rooms.listSeparator")),
                    count: live.typing.length,
                  })
                : null}
            </div>
            {canWrite ? (
              <MessageComposer roomId={id} disabled={false} onSend={(m) => void send(m)} />
            ) : (
              <Alert type="info" showIcon title={t("rooms.auditOnly")} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t("rooms.offers")}
            extra={
              party && !agreed && !composing && !openOffer ? (
                <Button type="primary" onClick={() => setComposing({ kind: "propose" })}>
                  {t("rooms.newOffer")}
                </Button>
              ) : null
            }
          >
            {composing ? (
              <OfferComposer
                key={composing.kind === "counter" ? composing.offer.id : "propose"}
                initial={
                  composing.kind === "counter"
                    ? (termsOf(composing.offer) as TermsInput)
                    : (termsOf(offers.at(-1) ?? null) ??
                      initialTerms(room.achievement?.transferModes))
                }
                previous={composing.kind === "counter" ? termsOf(composing.offer) : null}
                context={context}
                counterOf={composing.kind === "counter" ? (composing.offer.number ?? null) : null}
                busy={busy}
                serverError={submitError}
                onSubmit={(s) => void submitOffer(s)}
                onCancel={() => {
                  setComposing(null);
                  setSubmitError(null);
                }}
              />
            ) : null}
            <OfferHistory
              offers={offers}
              viewerSide={agreed ? null : room.viewerSide}
              busy={busy}
              onAccept={(o) => void accept(o)}
              onCounter={(o) => setComposing({ kind: "counter", offer: o })}
              onWithdraw={(o) => void withdraw(o)}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

export default RoomPage;
