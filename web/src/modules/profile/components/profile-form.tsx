import { Alert, Button, Form, Input, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { errorMessage } from "../../../graphql/errors";
import { useSetAppLanguage } from "../../../i18n/use-app-language";
import { useFeedback } from "../../../shared/feedback";
import { serverIssues, translateIssue } from "../../workspace/form-errors";
import { UpdateProfileMutation } from "../graphql/profile.graphql";

type Locale = "ZH_CN" | "EN";

interface ProfileValues {
  displayName: string;
  locale: Locale;
}

/** Name and preferred language; saving a language also switches the interface to it. */
export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const setLanguage = useSetAppLanguage();
  const [form] = Form.useForm<ProfileValues>();
  const [{ fetching }, update] = useMutation(UpdateProfileMutation);
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(values: ProfileValues) {
    setFormError(null);
    const result = await update({
      input: { displayName: values.displayName.trim(), locale: values.locale },
    });
    if (!result.error) {
      feedback.success(t("profile.saved"));
      setLanguage(values.locale === "EN" ? "en" : "zh-CN");
      return;
    }
    const issue = serverIssues(result.error).find((i) => String(i.path).endsWith("displayName"));
    if (issue) {
      form.setFields([{ name: "displayName", errors: [translateIssue(issue.message, t)] }]);
      return;
    }
    const { network, message } = errorMessage(result.error);
    setFormError(network ? t("common.networkError") : t("profile.failed", { message }));
  }

  return (
    <Form<ProfileValues>
      form={form}
      layout="vertical"
      name="profile"
      initialValues={initial}
      requiredMark={false}
      noValidate
      onFinish={submit}
      className="profile-form"
    >
      {formError ? (
        <Alert type="error" showIcon role="alert" title={formError} className="form-alert" />
      ) : null}
      <Form.Item<ProfileValues>
        label={t("signup.displayName")}
        name="displayName"
        rules={[
          { required: true, whitespace: true, message: t("signup.displayNameRequired") },
          { max: 80, message: t("formErrors.maxLength", { max: "80" }) },
        ]}
      >
        <Input autoComplete="name" maxLength={80} />
      </Form.Item>
      <Form.Item<ProfileValues> label={t("profile.locale")} name="locale">
        <Select<Locale>
          options={[
            { value: "ZH_CN", label: t("language.zh-CN") },
            { value: "EN", label: t("language.en") },
          ]}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        {t("profile.save")}
      </Button>
    </Form>
  );
}
