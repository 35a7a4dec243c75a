import { ZCreateOrganizationInput } from "@openttc/domain/organization";
import { Button, Card, Col, Form, Input, Row, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { errorMessage } from "../../../graphql/errors";
import type { introspection_types } from "../../../graphql/graphql-env";
import { useFeedback } from "../../../shared/feedback";
import { FormErrorSummary } from "../../workspace/components/form-error-summary";
import { RegionFields } from "../../workspace/components/listing-fields";
import { serverIssues, translateIssue } from "../../workspace/form-errors";
import { lowerEnum, type RegionValues, regionInput } from "../../workspace/listing-values";
import { useFormIssues } from "../../workspace/use-form-issues";
import { CreateOrganizationMutation } from "../graphql/organizations.graphql";

type OrgKind = introspection_types["OrgKind"]["enumValues"];

const ORG_KINDS: OrgKind[] = [
  "ENTERPRISE",
  "UNIVERSITY",
  "RESEARCH_INSTITUTE",
  "HOSPITAL",
  "BROKER_AGENCY",
  "INVESTOR",
  "GOVERNMENT",
];

interface Values {
  kind?: OrgKind;
  nameZh?: string;
  nameEn?: string;
  uscc?: string;
  region: RegionValues;
}

const FIELDS = ["kind", "nameZh", "nameEn", "uscc", "region"] as const;

/** Registers the user's organization; they become its admin. */
export function CreateOrganizationForm({ onCreated }: { onCreated: (orgId: string) => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const issues = useFormIssues(form, FIELDS);
  const [, create] = useMutation(CreateOrganizationMutation);
  const [submitting, setSubmitting] = useState(false);

  async function submit(values: Values) {
    const input = {
      kind: values.kind as OrgKind,
      nameZh: values.nameZh?.trim() ?? "",
      nameEn: values.nameEn?.trim() ?? "",
      uscc: values.uscc?.trim() || null,
      region: regionInput(values.region) ?? { country: "" },
    };
    const checked = ZCreateOrganizationInput.safeParse({
      ...input,
      kind: input.kind ? lowerEnum(input.kind) : undefined,
    });
    if (!checked.success) {
      issues.show(checked.error.issues);
      return;
    }
    issues.clear();
    setSubmitting(true);
    const result = await create({ input });
    setSubmitting(false);
    const org = result.data?.createOrganization;
    if (result.error || !org?.id) {
      const { network, message } = result.error
        ? errorMessage(result.error)
        : { network: false, message: "" };
      issues.show(
        serverIssues(result.error),
        t("orgs.failed", {
          message: network ? t("common.networkError") : translateIssue(message, t),
        }),
      );
      return;
    }
    feedback.success(t("orgs.created", { name: input.nameZh || input.nameEn }));
    onCreated(org.id);
  }

  return (
    <Card title={<h2 className="card-heading">{t("orgs.createTitle")}</h2>} className="create-org">
      <p className="form-hint">{t("orgs.createIntro")}</p>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ region: { country: "CN", province: "", city: "" } }}
        onFinish={submit}
      >
        <FormErrorSummary fieldCount={issues.fieldCount} other={issues.other} />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t("orgs.kind")}>
              <Select options={ORG_KINDS.map((k) => ({ value: k, label: t(`orgs.kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="uscc" label={t("orgs.uscc")} extra={t("orgs.usccHelp")}>
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nameZh" label={t("orgs.nameZh")}>
              <Input lang="zh-CN" autoComplete="organization" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="nameEn" label={t("orgs.nameEn")}>
              <Input lang="en" />
            </Form.Item>
          </Col>
        </Row>
        <RegionFields />
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t("orgs.create")}
        </Button>
      </Form>
    </Card>
  );
}
