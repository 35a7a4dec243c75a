import { LockOutlined, MailOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation } from "urql";
import { errorCode, errorMessage } from "../../../graphql/errors";
import type { ResultOf } from "../../../graphql/graphql";
import { useAppLanguage } from "../../../i18n/use-app-language";
import { apiLocale } from "../../search/search-params";
import { serverIssues, translateIssue } from "../../workspace/form-errors";
import { SignUpMutation } from "../graphql/accounts.graphql";

type SignedUpUser = NonNullable<NonNullable<ResultOf<typeof SignUpMutation>["signUp"]>["user"]>;

interface SignUpValues {
  displayName: string;
  email: string;
  password: string;
}

const FIELDS = ["displayName", "email", "password"] as const;
export const MIN_PASSWORD = 10;

/**
 * Account creation. Each field checks itself; what the API refuses (an e-mail already
 * registered, a too-short password) appears under that field and the typed values stay.
 */
export function SignUpForm({
  onSignedUp,
  loginHref,
}: {
  onSignedUp: (user: SignedUpUser) => void;
  loginHref: string;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<SignUpValues>();
  const [{ fetching }, signUp] = useMutation(SignUpMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [emailTaken, setEmailTaken] = useState(false);

  async function submit(values: SignUpValues) {
    setFormError(null);
    setEmailTaken(false);
    const result = await signUp({
      input: {
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        password: values.password,
        locale: apiLocale(language),
      },
    });
    const user = result.data?.signUp?.user;
    if (!result.error && user) {
      onSignedUp(user);
      return;
    }
    const code = errorCode(result.error);
    if (code === "CONFLICT") {
      setEmailTaken(true);
      form.setFields([{ name: "email", errors: [t("signup.emailTaken")] }]);
      return;
    }
    const issues = serverIssues(result.error);
    const placed = issues.flatMap((issue) => {
      const name = String(issue.path).replace(/^input\./, "");
      return (FIELDS as readonly string[]).includes(name)
        ? [{ name, errors: [translateIssue(issue.message, t)] }]
        : [];
    });
    if (placed.length) {
      form.setFields(placed as { name: keyof SignUpValues; errors: string[] }[]);
      return;
    }
    if (code === "RATE_LIMITED") {
      setFormError(t("login.rateLimited"));
      return;
    }
    const { network, message } = result.error
      ? errorMessage(result.error)
      : { network: false, message: "" };
    setFormError(network ? t("common.networkError") : t("signup.failed", { message }));
  }

  return (
    <Form<SignUpValues>
      form={form}
      layout="vertical"
      name="signup"
      requiredMark={false}
      noValidate
      onFinish={submit}
      validateTrigger={["onBlur", "onSubmit"]}
    >
      {formError ? (
        <Alert type="error" showIcon role="alert" title={formError} className="form-alert" />
      ) : null}
      <Form.Item<SignUpValues>
        label={t("signup.displayName")}
        name="displayName"
        rules={[
          { required: true, whitespace: true, message: t("signup.displayNameRequired") },
          { max: 80, message: t("formErrors.maxLength", { max: "80" }) },
        ]}
      >
        <Input prefix={<UserOutlined aria-hidden />} autoComplete="name" maxLength={80} />
      </Form.Item>
      <Form.Item<SignUpValues>
        label={t("login.email")}
        name="email"
        rules={[
          { required: true, whitespace: true, message: t("login.emailRequired") },
          { type: "email", message: t("login.emailInvalid") },
        ]}
        extra={
          emailTaken ? (
            <Link to={loginHref} className="signup-login-link">
              {t("signup.logInInstead")}
            </Link>
          ) : undefined
        }
      >
        <Input
          prefix={<MailOutlined aria-hidden />}
          type="email"
          autoComplete="email"
          inputMode="email"
          placeholder={t("login.emailPlaceholder")}
        />
      </Form.Item>
      <Form.Item<SignUpValues>
        label={t("login.password")}
        name="password"
        extra={t("signup.passwordHelp", { min: MIN_PASSWORD })}
        rules={[
          { required: true, message: t("login.passwordRequired") },
          { min: MIN_PASSWORD, message: t("signup.passwordShort", { min: MIN_PASSWORD }) },
          { max: 200, message: t("formErrors.maxLength", { max: "200" }) },
        ]}
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={fetching}>
        {t("signup.submit")}
      </Button>
    </Form>
  );
}
