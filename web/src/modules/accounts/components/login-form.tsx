import { LockOutlined, MailOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { errorCode, errorMessage, fieldIssues } from "../../../graphql/errors";
import type { ResultOf } from "../../../graphql/graphql";
import { useAppLanguage } from "../../../i18n/use-app-language";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../demo-accounts";
import { LogInMutation } from "../graphql/accounts.graphql";

type LoggedInUser = NonNullable<NonNullable<ResultOf<typeof LogInMutation>["logIn"]>["user"]>;

interface LoginValues {
  email: string;
  password: string;
}

/**
 * The log-in form. Each field validates on its own with a message beside it; what the API
 * refuses is shown next to the field it concerns, and the typed values stay in place.
 */
export function LoginForm({
  onLoggedIn,
  showDemoAccounts,
}: {
  onLoggedIn: (user: LoggedInUser) => void;
  showDemoAccounts: boolean;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<LoginValues>();
  const [{ fetching }, logIn] = useMutation(LogInMutation);
  const [formError, setFormError] = useState<string | null>(null);

  // Messages already shown follow a language switch.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-validate only when the language changes
  useEffect(() => {
    const shown = form.getFieldsError().filter((f) => f.errors.length > 0);
    if (shown.length) void form.validateFields(shown.map((f) => f.name)).catch(() => undefined);
  }, [language]);

  async function submit(values: LoginValues) {
    setFormError(null);
    const result = await logIn({
      input: { email: values.email.trim(), password: values.password },
    });
    const user = result.data?.logIn?.user;
    if (!result.error && user) {
      onLoggedIn(user);
      return;
    }
    const code = errorCode(result.error);
    if (code === "UNAUTHENTICATED") {
      form.setFields([{ name: "password", errors: [t("login.wrongCredentials")] }]);
    } else if (code === "BAD_USER_INPUT") {
      const issues = fieldIssues(result.error);
      const email = issues.find((i) => i.path.endsWith("email"));
      const password = issues.find((i) => i.path.endsWith("password"));
      if (email) form.setFields([{ name: "email", errors: [t("login.emailInvalid")] }]);
      if (password) form.setFields([{ name: "password", errors: [password.message] }]);
      if (!email && !password && result.error) setFormError(errorMessage(result.error).message);
    } else if (code === "RATE_LIMITED") {
      setFormError(t("login.rateLimited"));
    } else {
      const { network, message } = result.error
        ? errorMessage(result.error)
        : { network: false, message: "" };
      setFormError(network ? t("common.networkError") : t("login.failed", { message }));
    }
  }

  return (
    <>
      <Form<LoginValues>
        form={form}
        layout="vertical"
        name="login"
        requiredMark={false}
        // The browser's own bubbles would pre-empt the messages beside each field.
        noValidate
        onFinish={submit}
        validateTrigger={["onBlur", "onSubmit"]}
      >
        {formError ? (
          <Alert type="error" showIcon role="alert" title={formError} className="form-alert" />
        ) : null}
        <Form.Item<LoginValues>
          label={t("login.email")}
          name="email"
          rules={[
            { required: true, whitespace: true, message: t("login.emailRequired") },
            { type: "email", message: t("login.emailInvalid") },
          ]}
        >
          <Input
            prefix={<MailOutlined aria-hidden />}
            type="email"
            autoComplete="username"
            inputMode="email"
            placeholder={t("login.emailPlaceholder")}
            autoFocus
          />
        </Form.Item>
        <Form.Item<LoginValues>
          label={t("login.password")}
          name="password"
          rules={[{ required: true, message: t("login.passwordRequired") }]}
        >
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={fetching}>
          {t("login.submit")}
        </Button>
      </Form>
      {showDemoAccounts ? (
        <section className="demo-accounts" aria-labelledby="demo-accounts-title">
          <Typography.Title level={2} id="demo-accounts-title" className="demo-accounts-title">
            {t("login.demoTitle")}
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            {t("login.demoIntro")}
            <code className="demo-password">{DEMO_PASSWORD}</code>
          </Typography.Paragraph>
          <ul className="demo-list">
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.email}>
                <div>
                  <div>{t(`login.demoAccounts.${account.role}`)}</div>
                  <code className="demo-email">{account.email}</code>
                </div>
                <Button
                  size="small"
                  aria-label={t("login.useDemoAccount", { email: account.email })}
                  onClick={() => {
                    form.setFieldsValue({ email: account.email, password: DEMO_PASSWORD });
                    setFormError(null);
                    form.setFields([
                      { name: "email", errors: [] },
                      { name: "password", errors: [] },
                    ]);
                  }}
                >
                  {t("login.fill")}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
