import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { CombinedError } from "@urql/core";
import { Button, Card, Col, Form, Input, Radio, Row, Select, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../graphql/errors";
import { FormErrorSummary } from "../../workspace/components/form-error-summary";
import {
  FieldInput,
  KeywordsInput,
  MoneyRangeFields,
  RegionFields,
  TransferModesInput,
  TrlSelect,
} from "../../workspace/components/listing-fields";
import { useCriterionLabel } from "../../workspace/criteria";
import { serverIssues, translateIssue } from "../../workspace/form-errors";
import { VISIBILITIES } from "../../workspace/listing-values";
import { useFormIssues } from "../../workspace/use-form-issues";
import {
  DEMAND_FORM_FIELDS,
  type DemandFormValues,
  type DemandInput,
  demandInput,
  demandIssues,
  STANDARD_CRITERIA,
} from "./demand-form-values";

export interface DemandFormProps {
  initialValues: DemandFormValues;
  submitLabel: string;
  onSubmit: (input: DemandInput) => Promise<CombinedError | undefined>;
  onCancel: () => void;
}

/**
 * Every field of an exam paper: the public summary apart from the confidential details,
 * measurable indicators, terms, dates and the criteria answers will be scored on.
 */
export function DemandForm({ initialValues, submitLabel, onSubmit, onCancel }: DemandFormProps) {
  const { t } = useTranslation();
  const criterionLabel = useCriterionLabel();
  const [form] = Form.useForm<DemandFormValues>();
  const issues = useFormIssues(form, DEMAND_FORM_FIELDS);
  const [submitting, setSubmitting] = useState(false);

  async function submit(values: DemandFormValues) {
    const input = demandInput(values);
    const problems = demandIssues(input);
    if (problems.length) {
      issues.show(problems);
      return;
    }
    issues.clear();
    setSubmitting(true);
    try {
      const error = await onSubmit(input);
      if (error) {
        const { network, message } = errorMessage(error);
        issues.show(
          serverIssues(error),
          t("listingForm.saveFailed", {
            message: network ? t("common.networkError") : translateIssue(message, t),
          }),
        );
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
      className="listing-form"
      requiredMark={false}
    >
      <FormErrorSummary fieldCount={issues.fieldCount} other={issues.other} />

      <Card title={<h2 className="card-heading">{t("demandForm.basics")}</h2>}>
        <p className="form-hint">{t("listingForm.bilingualHelp")}</p>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="titleZh" label={t("demandForm.titleZh")}>
              <Input lang="zh-CN" maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="titleEn" label={t("demandForm.titleEn")}>
              <Input lang="en" maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="field" label={t("demandForm.field")}>
              <FieldInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="minTrl" label={t("demandForm.minTrl")}>
              <TrlSelect />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="keywords"
              label={t("demandForm.keywords")}
              extra={t("listingForm.keywordsHelp")}
            >
              <KeywordsInput />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={<h2 className="card-heading">{t("demandForm.contentSection")}</h2>}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="summaryZh"
              label={t("demandForm.summaryZh")}
              extra={t("demandForm.summaryHelp")}
            >
              <Input.TextArea
                lang="zh-CN"
                autoSize={{ minRows: 3, maxRows: 10 }}
                maxLength={2000}
                showCount
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="summaryEn"
              label={t("demandForm.summaryEn")}
              extra={t("demandForm.summaryHelp")}
            >
              <Input.TextArea
                lang="en"
                autoSize={{ minRows: 3, maxRows: 10 }}
                maxLength={4000}
                showCount
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="confidentialZh"
              label={t("demandForm.confidentialZh")}
              extra={t("demandForm.confidentialHelp")}
            >
              <Input.TextArea lang="zh-CN" autoSize={{ minRows: 3, maxRows: 12 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="confidentialEn"
              label={t("demandForm.confidentialEn")}
              extra={t("demandForm.confidentialHelp")}
            >
              <Input.TextArea lang="en" autoSize={{ minRows: 3, maxRows: 12 }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={<h2 className="card-heading">{t("demandForm.indicatorsSection")}</h2>}>
        <Form.List name="indicators">
          {(items, { add, remove }, { errors }) => (
            <>
              {items.map((item, index) => (
                <fieldset key={item.key} className="repeat-item">
                  <legend>{t("demandForm.indicatorItem", { index: index + 1 })}</legend>
                  <Row gutter={16} align="bottom">
                    <Col xs={24} sm={9}>
                      <Form.Item name={[item.name, "name"]} label={t("demandForm.indicatorName")}>
                        <Input maxLength={120} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={8}>
                      <Form.Item
                        name={[item.name, "target"]}
                        label={t("demandForm.indicatorTarget")}
                      >
                        <Input maxLength={120} />
                      </Form.Item>
                    </Col>
                    <Col xs={18} sm={5}>
                      <Form.Item name={[item.name, "unit"]} label={t("demandForm.indicatorUnit")}>
                        <Input maxLength={40} />
                      </Form.Item>
                    </Col>
                    <Col xs={6} sm={2}>
                      <Form.Item>
                        <Button
                          danger
                          type="text"
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t("demandForm.indicatorRemove", { index: index + 1 })}
                          onClick={() => remove(item.name)}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                </fieldset>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ name: "", target: "" })}
              >
                {t("demandForm.indicatorAdd")}
              </Button>
            </>
          )}
        </Form.List>
      </Card>

      <Card title={<h2 className="card-heading">{t("demandForm.termsSection")}</h2>}>
        <Form.Item name="wantedModes" label={t("demandForm.wantedModes")}>
          <TransferModesInput label={t("demandForm.wantedModes")} />
        </Form.Item>
        <fieldset className="plain-fieldset">
          <legend className="field-legend">{t("demandForm.budget")}</legend>
          <MoneyRangeFields
            name="budget"
            minLabel={t("demandForm.budgetMin")}
            maxLabel={t("demandForm.budgetMax")}
          />
        </fieldset>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="deadline" label={t("demandForm.deadline")}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="responseDeadline"
              label={t("demandForm.responseDeadline")}
              extra={t("demandForm.responseDeadlineHelp")}
            >
              <Input type="date" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="visibility" label={t("listingForm.visibility")}>
          <Radio.Group
            aria-label={t("listingForm.visibility")}
            options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibilities.${v}`) }))}
          />
        </Form.Item>
        <fieldset className="plain-fieldset">
          <legend className="field-legend">{t("listingForm.region")}</legend>
          <RegionFields />
        </fieldset>
      </Card>

      <Card title={<h2 className="card-heading">{t("demandForm.evaluationSection")}</h2>}>
        <Form.Item
          name="criteria"
          label={t("demandForm.criteria")}
          extra={t("demandForm.criteriaHelp")}
        >
          <Select
            mode="tags"
            tokenSeparators={[",", "，", "、"]}
            options={STANDARD_CRITERIA.map((c) => ({ value: c, label: criterionLabel(c) }))}
          />
        </Form.Item>
      </Card>

      <Space className="form-actions" wrap>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t("listingForm.cancel")}</Button>
      </Space>
    </Form>
  );
}
