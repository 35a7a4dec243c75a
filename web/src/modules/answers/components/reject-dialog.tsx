import { ZDecideAnswerInput } from "@openttc/domain/answer";
import { Form, Input, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import { translateIssue } from "../../workspace/form-errors";
import { REJECTION_REASONS, type RejectionReason } from "../answer-actions";

interface Values {
  reason?: RejectionReason;
  feedback?: string;
}

/** Asks for the coded reason (and feedback, required for "other") before rejecting an answer. */
export function RejectDialog({
  open,
  answerId,
  orgName,
  onCancel,
  onReject,
}: {
  open: boolean;
  answerId: string;
  orgName: string;
  onCancel: () => void;
  onReject: (reason: RejectionReason, feedback: string | null) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();

  function submit(values: Values) {
    const feedback = values.feedback?.trim() || null;
    const checked = ZDecideAnswerInput.safeParse({
      answerId,
      decision: "reject",
      reason: values.reason?.toLowerCase(),
      feedback,
    });
    if (!checked.success) {
      form.setFields(
        (["reason", "feedback"] as const).map((name) => {
          const issue = checked.error.issues.find((i) => i.path[0] === name);
          return { name, errors: issue ? [translateIssue(issue.message, t)] : [] };
        }),
      );
      return;
    }
    onReject(values.reason as RejectionReason, feedback);
    form.resetFields();
  }

  return (
    <Modal
      open={open}
      title={t("answers.rejectTitle", { org: orgName })}
      okText={t("answers.sendRejection")}
      cancelText={t("listingForm.cancel")}
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item name="reason" label={t("answers.reason")}>
          <Select
            options={REJECTION_REASONS.map((r) => ({ value: r, label: t(`answers.reasons.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="feedback" label={t("answers.feedback")} extra={t("answers.feedbackHelp")}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
