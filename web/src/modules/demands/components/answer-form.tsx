import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input, InputNumber, Select, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQuery } from "urql";
import { errorCode, errorMessage } from "../../../graphql/errors";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { LocalizedText } from "../../../shared/components/localized-text";
import { issuesToFields, serverIssues } from "../../workspace/form-errors";
import {
  AnswerableAchievementsQuery,
  SubmitAnswerMutation,
} from "../graphql/demand-detail.graphql";
import type { EligibleOrg } from "./nda-acceptance";

const CURRENCIES = [
  "CNY",
  "USD",
  "EUR",
  "THB",
  "INR",
  "VND",
  "LAK",
  "MMK",
  "RUB",
  "BRL",
  "ZAR",
] as const;
type Currency = (typeof CURRENCIES)[number];

interface AnswerValues {
  orgId: string;
  approach: string;
  quote: { amount: number | null; currency: Currency };
  milestones: { title: string; dueOn?: string; deliverable?: string }[];
  team: { name: string; role?: string }[];
  achievementIds: string[];
}

const FIELDS = ["approach", "quote", "milestones", "team", "achievementIds"] as const;

const blank = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** The values as the API takes them: trimmed, empty optional parts left out. */
export function toSubmitInput(demandId: string, values: AnswerValues) {
  return {
    demandId,
    approach: values.approach.trim(),
    quote: { amount: values.quote.amount ?? 0, currency: values.quote.currency },
    milestones: values.milestones.map((m) => ({
      title: m.title.trim(),
      dueOn: blank(m.dueOn),
      deliverable: blank(m.deliverable),
    })),
    team: (values.team ?? []).map((m) => ({ name: m.name.trim(), role: blank(m.role) })),
    achievementIds: values.achievementIds ?? [],
  };
}

/**
 * An institution's answer to an open exam paper. Problems appear under the field they concern
 * (from the form's rules or from the API); nothing typed is lost when a submit fails.
 */
export function AnswerForm({
  demandId,
  orgs,
  onSubmitted,
}: {
  demandId: string;
  orgs: readonly EligibleOrg[];
  onSubmitted: (answerId: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [form] = Form.useForm<AnswerValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const [{ fetching }, submitAnswer] = useMutation(SubmitAnswerMutation);
  const orgId = Form.useWatch("orgId", form) ?? orgs[0]?.id ?? "";
  const [{ data: linkable }] = useQuery({
    query: AnswerableAchievementsQuery,
    variables: { orgId },
    pause: !orgId,
  });
  const achievementOptions = (linkable?.orgAchievements?.edges ?? []).map(({ node }) => ({
    value: node.id as string,
    label: pickLocalized(language, node.titleZh, node.titleEn)?.text ?? node.id ?? "",
  }));

  async function submit(values: AnswerValues) {
    setProblems([]);
    const result = await submitAnswer({
      orgId: values.orgId,
      input: toSubmitInput(demandId, values),
    });
    const answer = result.data?.submitAnswer;
    if (!result.error && answer?.id) {
      onSubmitted(answer.id);
      return;
    }
    const { fields, other } = issuesToFields(serverIssues(result.error), FIELDS, t);
    if (fields.length) form.setFields(fields as Parameters<typeof form.setFields>[0]);
    const code = errorCode(result.error);
    if (other.length) setProblems(other);
    else if (!fields.length && result.error) {
      const { network, message } = errorMessage(result.error);
      const text = result.error.graphQLErrors[0]?.message ?? "";
      setProblems([
        network
          ? t("common.networkError")
          : code === "CONFLICT" && text.includes("already answered")
            ? t("demandDetail.alreadyAnswered")
            : code === "CONFLICT"
              ? t("demandDetail.answersClosed")
              : code === "FORBIDDEN"
                ? t("demandDetail.cannotAnswer")
                : t("demandDetail.answerFailed", { message }),
      ]);
    }
  }

  return (
    <Form<AnswerValues>
      form={form}
      layout="vertical"
      name="answer"
      noValidate
      // Centred: scrolled to the top, the field would sit under the sticky header.
      scrollToFirstError={{ block: "center" }}
      onFinish={submit}
      initialValues={{
        orgId: orgs[0]?.id,
        quote: { amount: null, currency: "CNY" },
        milestones: [{ title: "" }],
        team: [],
        achievementIds: [],
      }}
    >
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={problems.join(" ")}
          className="form-alert"
        />
      ) : null}
      <Form.Item
        name="orgId"
        label={t("demandDetail.answerAs")}
        hidden={orgs.length < 2}
        rules={[{ required: true, message: t("formErrors.chooseOne") }]}
      >
        <Select
          options={orgs.map((o) => ({
            value: o.id,
            label: <LocalizedText zh={o.nameZh} en={o.nameEn} />,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="approach"
        label={t("answers.approach")}
        extra={t("demandDetail.approachHelp")}
        rules={[
          { required: true, whitespace: true, message: t("formErrors.required") },
          { max: 20000, message: t("formErrors.maxLength", { max: "20000" }) },
        ]}
      >
        <Input.TextArea rows={6} />
      </Form.Item>
      <Space.Compact block className="answer-quote">
        <Form.Item
          name={["quote", "amount"]}
          label={t("demandDetail.quoteAmount")}
          className="answer-quote-amount"
          rules={[
            { required: true, message: t("formErrors.required") },
            { type: "number", min: 0, message: t("formErrors.notNegative") },
          ]}
        >
          <InputNumber min={0} step={10000} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name={["quote", "currency"]} label={t("demandDetail.quoteCurrency")}>
          <Select options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
      </Space.Compact>
      <fieldset className="answer-fieldset">
        <legend>{t("answers.milestones")}</legend>
        <Form.List
          name="milestones"
          rules={[
            {
              validator: async (_rule, value: unknown[] | undefined) => {
                if (!value?.length) throw new Error(t("formErrors.milestoneRequired"));
              },
            },
          ]}
        >
          {(rows, { add, remove }, { errors }) => (
            <>
              {rows.map((row, index) => (
                <div key={row.key} className="answer-row">
                  <Form.Item
                    name={[row.name, "title"]}
                    label={t("demandDetail.milestoneTitle", { n: index + 1 })}
                    rules={[
                      { required: true, whitespace: true, message: t("formErrors.required") },
                      { max: 200, message: t("formErrors.maxLength", { max: "200" }) },
                    ]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, "dueOn"]}
                    label={t("demandDetail.milestoneDue", { n: index + 1 })}
                  >
                    <Input type="date" />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, "deliverable"]}
                    label={t("demandDetail.milestoneDeliverable", { n: index + 1 })}
                    rules={[{ max: 500, message: t("formErrors.maxLength", { max: "500" }) }]}
                  >
                    <Input />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t("demandDetail.removeMilestone", { n: index + 1 })}
                    onClick={() => remove(row.name)}
                    disabled={rows.length === 1}
                  />
                </div>
              ))}
              <Form.ErrorList errors={errors} />
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ title: "" })}>
                {t("demandDetail.addMilestone")}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
      <fieldset className="answer-fieldset">
        <legend>{t("answers.team")}</legend>
        <Form.List name="team">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, index) => (
                <div key={row.key} className="answer-row">
                  <Form.Item
                    name={[row.name, "name"]}
                    label={t("demandDetail.memberName", { n: index + 1 })}
                    rules={[
                      { required: true, whitespace: true, message: t("formErrors.required") },
                      { max: 80, message: t("formErrors.maxLength", { max: "80" }) },
                    ]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, "role"]}
                    label={t("demandDetail.memberRole", { n: index + 1 })}
                    rules={[{ max: 80, message: t("formErrors.maxLength", { max: "80" }) }]}
                  >
                    <Input />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t("demandDetail.removeMember", { n: index + 1 })}
                    onClick={() => remove(row.name)}
                  />
                </div>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: "" })}>
                {t("demandDetail.addMember")}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
      <Form.Item
        name="achievementIds"
        label={t("answers.linkedAchievements")}
        extra={t("demandDetail.linkHelp")}
      >
        <Select mode="multiple" options={achievementOptions} allowClear />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" loading={fetching}>
        {t("demandDetail.submitAnswer")}
      </Button>
    </Form>
  );
}
