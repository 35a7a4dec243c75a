import { Alert, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { errorCode, errorMessage } from "../../../graphql/errors";
import { serverIssues, translateIssue } from "../../workspace/form-errors";
import { ApproveAchievementMutation, RejectAchievementMutation } from "../graphql/review.graphql";

const MAX_TEXT = 2000;

/**
 * Mounted while open. Approve (with an optional note) or reject (with a required reason) one achievement. What the
 * API refuses is shown under the text field, and the text stays for another try.
 */
export function ReviewDecisionDialog({
  decision,
  achievementId,
  title,
  onClose,
  onDone,
}: {
  decision: "approve" | "reject";
  achievementId: string;
  title: string;
  onClose: () => void;
  onDone: (decision: "approve" | "reject") => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: approving }, approve] = useMutation(ApproveAchievementMutation);
  const [{ fetching: rejecting }, reject] = useMutation(RejectAchievementMutation);

  async function submit({ text }: { text?: string }) {
    setFormError(null);
    const trimmed = text?.trim() ?? "";
    const result =
      decision === "approve"
        ? await approve({ id: achievementId, note: trimmed || null })
        : await reject({ id: achievementId, reason: trimmed });
    if (!result.error) {
      form.resetFields();
      onDone(decision);
      return;
    }
    const issue = serverIssues(result.error).find((i) =>
      ["reason", "note"].includes(String(i.path)),
    );
    if (issue) {
      form.setFields([{ name: "text", errors: [translateIssue(issue.message, t)] }]);
      return;
    }
    const code = errorCode(result.error);
    const { network, message } = errorMessage(result.error);
    setFormError(
      network
        ? t("common.networkError")
        : code === "FORBIDDEN"
          ? t("review.forbidden")
          : code === "ILLEGAL_TRANSITION" || code === "NOT_FOUND"
            ? t("review.alreadyDecided")
            : t("review.failed", { message }),
    );
  }

  const isReject = decision === "reject";
  return (
    <Modal
      open
      title={isReject ? t("review.rejectTitle", { title }) : t("review.approveTitle", { title })}
      okText={isReject ? t("review.rejectConfirm") : t("review.approveConfirm")}
      cancelText={t("review.cancel")}
      okButtonProps={{ danger: isReject, loading: approving || rejecting }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {formError ? (
        <Alert type="error" showIcon role="alert" title={formError} className="form-alert" />
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={isReject}>
        <Form.Item
          name="text"
          label={isReject ? t("review.reason") : t("review.note")}
          extra={isReject ? t("review.reasonHelp") : t("review.noteHelp")}
          rules={[
            ...(isReject
              ? [{ required: true, whitespace: true, message: t("review.reasonRequired") }]
              : []),
            { max: MAX_TEXT, message: t("formErrors.maxLength", { max: String(MAX_TEXT) }) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={MAX_TEXT} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
