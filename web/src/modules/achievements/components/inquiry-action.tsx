import { MessageOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Modal, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { useMutation } from "urql";
import { errorCode, errorMessage } from "../../../graphql/errors";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { LocalizedText } from "../../../shared/components/localized-text";
import { useViewer } from "../../accounts/use-viewer";
import { OpenInquiryRoomMutation } from "../graphql/achievements.graphql";

interface Owner {
  id?: string | null;
  nameZh?: string | null;
  nameEn?: string | null;
}

/**
 * "Contact the owner": for a member of another organization it opens (or reopens) an inquiry
 * negotiation room with the owner; everyone else is told what they need first.
 */
export function InquiryAction({
  achievementId,
  owner,
  open: listingOpen,
}: {
  achievementId: string;
  owner: Owner | null | undefined;
  /** Only published achievements (or ones already in negotiation) take inquiries. */
  open: boolean;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [orgId, setOrgId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [roomId, setRoomId] = useState<string | null>(null);
  const [{ fetching }, openRoom] = useMutation(OpenInquiryRoomMutation);

  const memberships = viewer?.memberships ?? [];
  const ownOrg = memberships.some((m) => m.organization?.id === owner?.id);
  const askAs = memberships.filter((m) => m.organization?.id && m.organization.id !== owner?.id);
  const chosen = orgId ?? askAs[0]?.organization?.id ?? null;
  const ownerName = pickLocalized(language, owner?.nameZh, owner?.nameEn)?.text ?? "";
  const here = encodeURIComponent(`${location.pathname}${location.search}`);

  if (ownOrg) {
    return <Typography.Text type="secondary">{t("achievementDetail.ownListing")}</Typography.Text>;
  }
  if (!listingOpen) {
    return (
      <Typography.Text type="secondary">
        {t("achievementDetail.notTakingInquiries")}
      </Typography.Text>
    );
  }

  async function confirm() {
    if (!chosen) return;
    setProblem(null);
    const result = await openRoom({ input: { achievementId, asOrgId: chosen } });
    const room = result.data?.openRoom;
    if (!result.error && room?.id) {
      setRoomId(room.id);
      return;
    }
    const code = errorCode(result.error);
    const { network, message } = result.error
      ? errorMessage(result.error)
      : { network: false, message: "" };
    setProblem(
      network
        ? t("common.networkError")
        : code === "CONFLICT"
          ? t("achievementDetail.inquiryConflict")
          : code === "FORBIDDEN"
            ? t("achievementDetail.inquiryForbidden")
            : t("achievementDetail.inquiryFailed", { message }),
    );
  }

  return (
    <>
      <Button
        type="primary"
        block
        icon={<MessageOutlined aria-hidden />}
        onClick={() => setDialogOpen(true)}
      >
        {t("achievementDetail.contact")}
      </Button>
      <Modal
        open={dialogOpen}
        title={t("achievementDetail.contactTitle", { owner: ownerName })}
        onCancel={() => setDialogOpen(false)}
        footer={
          viewer && askAs.length && !roomId
            ? [
                <Button key="cancel" onClick={() => setDialogOpen(false)}>
                  {t("review.cancel")}
                </Button>,
                <Button key="open" type="primary" loading={fetching} onClick={confirm}>
                  {t("achievementDetail.openRoom")}
                </Button>,
              ]
            : null
        }
      >
        {!viewer ? (
          <>
            <p>{t("achievementDetail.contactSignIn")}</p>
            <div className="invitation-actions">
              <Button type="primary" onClick={() => navigate(`/login?redirect=${here}`)}>
                {t("account.logIn")}
              </Button>
              <Link to={`/signup?redirect=${here}`}>{t("signup.link")}</Link>
            </div>
          </>
        ) : askAs.length === 0 ? (
          <p>
            {t("achievementDetail.contactNeedsOrg")}{" "}
            <Link to="/workspace">{t("profile.toWorkspace")}</Link>
          </p>
        ) : roomId ? (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t("achievementDetail.roomOpened", { owner: ownerName })}
            description={<Link to={`/rooms/${roomId}`}>{t("achievementDetail.goToRoom")}</Link>}
          />
        ) : (
          <>
            <p>{t("achievementDetail.contactExplain", { owner: ownerName })}</p>
            {askAs.length > 1 ? (
              <Form layout="vertical">
                <Form.Item label={t("achievementDetail.askAs")} htmlFor="inquiry-org">
                  <Select
                    id="inquiry-org"
                    value={chosen ?? undefined}
                    onChange={setOrgId}
                    options={askAs.map((m) => ({
                      value: m.organization?.id as string,
                      label: (
                        <LocalizedText zh={m.organization?.nameZh} en={m.organization?.nameEn} />
                      ),
                    }))}
                  />
                </Form.Item>
              </Form>
            ) : (
              <p className="muted">
                {t("achievementDetail.askingAs")}{" "}
                <LocalizedText
                  zh={askAs[0]?.organization?.nameZh}
                  en={askAs[0]?.organization?.nameEn}
                />
              </p>
            )}
            {problem ? (
              <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />
            ) : null}
          </>
        )}
      </Modal>
    </>
  );
}
