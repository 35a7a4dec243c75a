import { MATCH_DISMISS_REASONS, ZMarkMatchInput } from "@openttc/domain/match";
import { Form, Input, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { introspection_types } from "../../../graphql/graphql-env";
import { translateIssue } from "../../workspace/form-errors";

export type DismissReason = introspection_types["MatchDismissReason"]["enumValues"];

interface Values {
  reason?: DismissReason;
  reasonText?: string;
}

/** Asks why a match does not fit (a coded reason; "other" needs words) before dismissing it. */
export function DismissDialog({
  open,
  matchId,
  title,
  onCancel,
  onDismiss,
}: {
  open: boolean;
  matchId: string;
  title: string;
  onCancel: () => void;
  onDismiss: (reason: DismissReason, reasonText: string | null) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();

  function submit(values: Values) {
    const reasonText = values.reasonText?.trim() || null;
    const checked = ZMarkMatchInput.safeParse({
      matchId,
      action: "dismissed",
      reason: values.reason,
      reasonText,
    });
    if (!checked.success) {
      form.setFields(
        (["reason", "reasonText"] as const).map((name) => {
          const issue = checked.error.issues.find((i) => i.path[0] === name);
          return { name, errors: issue ? [translateIssue(issue.message, t)] : [] };
        }),
      );
      return;
    }
    onDismiss(values.reason as DismissReason, reasonText);
    form.resetFields();
  }

  return (
    <Modal
      open={open}
      title={t("matches.dismissTitle")}
      okText={t("matches.sendDismiss")}
      cancelText={t("listingForm.cancel")}
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <p className="form-hint">
        {title} · {t("matches.dismissIntro")}
      </p>
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item name="reason" label={t("matches.reason")}>
          <Select
            options={MATCH_DISMISS_REASONS.map((r) => ({
              value: r,
              label: t(`matches.reasons.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reasonText"
          label={t("matches.reasonText")}
          extra={t("matches.reasonTextHelp")}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
