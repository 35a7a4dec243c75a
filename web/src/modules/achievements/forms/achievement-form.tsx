import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { CombinedError } from "@urql/core";
import {
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { IpKind, IpStatus, RightsStatus } from "../../../graphql/enums";
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
import { serverIssues, translateIssue } from "../../workspace/form-errors";
import { VISIBILITIES } from "../../workspace/listing-values";
import { useFormIssues } from "../../workspace/use-form-issues";
import {
  ACHIEVEMENT_FORM_FIELDS,
  type AchievementFormValues,
  type AchievementInput,
  achievementInput,
  achievementIssues,
} from "./achievement-form-values";

const IP_KINDS: IpKind[] = [
  "INVENTION_PATENT",
  "UTILITY_MODEL",
  "DESIGN_PATENT",
  "SOFTWARE_COPYRIGHT",
  "OTHER",
];
const IP_STATUSES: IpStatus[] = ["APPLICATION", "GRANTED", "EXPIRED", "LAPSED"];
const RIGHTS_STATUSES: RightsStatus[] = ["UNIT_RETAINED", "TEAM_OWNERSHIP", "LONG_TERM_USE"];

export interface AchievementFormProps {
  initialValues: AchievementFormValues;
  submitLabel: string;
  /** Sends the input; resolves with the API's error when it refused it. */
  onSubmit: (input: AchievementInput) => Promise<CombinedError | undefined>;
  onCancel: () => void;
}

/**
 * Every field of an achievement. It is checked with the domain's schema before it is sent;
 * the API's field errors land under the same fields, and nothing typed is lost.
 */
export function AchievementForm({
  initialValues,
  submitLabel,
  onSubmit,
  onCancel,
}: AchievementFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AchievementFormValues>();
  const issues = useFormIssues(form, ACHIEVEMENT_FORM_FIELDS);
  const [submitting, setSubmitting] = useState(false);
  const rightsStatus = Form.useWatch("rightsStatus", form);

  async function submit(values: AchievementFormValues) {
    const input = achievementInput(values);
    const problems = achievementIssues(input);
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

      <Card title={<h2 className="card-heading">{t("achievementForm.basics")}</h2>}>
        <p className="form-hint">{t("listingForm.bilingualHelp")}</p>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="titleZh" label={t("achievementForm.titleZh")}>
              <Input lang="zh-CN" maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="titleEn" label={t("achievementForm.titleEn")}>
              <Input lang="en" maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="summaryZh" label={t("achievementForm.summaryZh")}>
              <Input.TextArea
                lang="zh-CN"
                autoSize={{ minRows: 3, maxRows: 8 }}
                maxLength={1000}
                showCount
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="summaryEn" label={t("achievementForm.summaryEn")}>
              <Input.TextArea
                lang="en"
                autoSize={{ minRows: 3, maxRows: 8 }}
                maxLength={2000}
                showCount
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="field" label={t("achievementForm.field")}>
              <FieldInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="trl" label={t("achievementForm.trl")}>
              <TrlSelect />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="keywords"
              label={t("achievementForm.keywords")}
              extra={t("listingForm.keywordsHelp")}
            >
              <KeywordsInput />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={<h2 className="card-heading">{t("achievementForm.descriptionSection")}</h2>}>
        <Form.Item name="descriptionZh" label={t("achievementForm.descriptionZh")}>
          <Input.TextArea lang="zh-CN" autoSize={{ minRows: 4, maxRows: 16 }} />
        </Form.Item>
        <Form.Item name="descriptionEn" label={t("achievementForm.descriptionEn")}>
          <Input.TextArea lang="en" autoSize={{ minRows: 4, maxRows: 16 }} />
        </Form.Item>
      </Card>

      <Card title={<h2 className="card-heading">{t("achievementForm.ipSection")}</h2>}>
        <Form.List name="ipAssets">
          {(items, { add, remove }, { errors }) => (
            <>
              {items.length === 0 ? (
                <p className="form-hint">{t("achievementForm.ipNone")}</p>
              ) : null}
              {items.map((item, index) => (
                <fieldset key={item.key} className="repeat-item">
                  <legend>{t("achievementForm.ipItem", { index: index + 1 })}</legend>
                  <Row gutter={16}>
                    <Col xs={24} md={8}>
                      <Form.Item name={[item.name, "number"]} label={t("achievementForm.ipNumber")}>
                        <Input maxLength={40} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={16}>
                      <Form.Item name={[item.name, "title"]} label={t("achievementForm.ipTitle")}>
                        <Input maxLength={300} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={8}>
                      <Form.Item name={[item.name, "kind"]} label={t("achievementForm.ipKind")}>
                        <Select
                          options={IP_KINDS.map((k) => ({ value: k, label: t(`ipKinds.${k}`) }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={8}>
                      <Form.Item name={[item.name, "status"]} label={t("achievementForm.ipStatus")}>
                        <Select
                          options={IP_STATUSES.map((s) => ({
                            value: s,
                            label: t(`ipStatuses.${s}`),
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={8}>
                      <Form.Item
                        name={[item.name, "expiresOn"]}
                        label={t("achievementForm.ipExpiry")}
                      >
                        <Input type="date" />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Button
                    danger
                    type="text"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t("achievementForm.ipRemove", { index: index + 1 })}
                    onClick={() => remove(item.name)}
                  >
                    {t("listingForm.remove")}
                  </Button>
                </fieldset>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ kind: "INVENTION_PATENT", status: "GRANTED" })}
              >
                {t("achievementForm.ipAdd")}
              </Button>
            </>
          )}
        </Form.List>
      </Card>

      <Card title={<h2 className="card-heading">{t("achievementForm.termsSection")}</h2>}>
        <Form.Item name="transferModes" label={t("achievementForm.transferModes")}>
          <TransferModesInput label={t("achievementForm.transferModes")} />
        </Form.Item>
        <fieldset className="plain-fieldset">
          <legend className="field-legend">{t("achievementForm.price")}</legend>
          <MoneyRangeFields
            name="price"
            minLabel={t("achievementForm.priceMin")}
            maxLabel={t("achievementForm.priceMax")}
          />
        </fieldset>
      </Card>

      <Card title={<h2 className="card-heading">{t("achievementForm.rightsSection")}</h2>}>
        <Form.Item name="rightsStatus" label={t("achievementForm.rightsStatus")}>
          <Radio.Group
            aria-label={t("achievementForm.rightsStatus")}
            options={RIGHTS_STATUSES.map((s) => ({ value: s, label: t(`rightsStatuses.${s}`) }))}
          />
        </Form.Item>
        {rightsStatus === "LONG_TERM_USE" ? (
          <Form.Item
            name="rightsUseYears"
            label={t("achievementForm.rightsUseYears")}
            extra={t("achievementForm.rightsUseYearsHelp")}
          >
            <InputNumber min={1} max={99} precision={0} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="negativeList"
          valuePropName="checked"
          extra={t("achievementForm.negativeListHelp")}
        >
          <Checkbox>{t("achievementForm.negativeList")}</Checkbox>
        </Form.Item>
        <Form.Item
          name="publiclyFunded"
          valuePropName="checked"
          extra={t("achievementForm.publiclyFundedHelp")}
        >
          <Checkbox>{t("achievementForm.publiclyFunded")}</Checkbox>
        </Form.Item>
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

      <Card title={<h2 className="card-heading">{t("achievementForm.teamSection")}</h2>}>
        <Form.List name="team">
          {(items, { add, remove }, { errors }) => (
            <>
              {items.map((item, index) => (
                <fieldset key={item.key} className="repeat-item">
                  <legend>{t("achievementForm.teamItem", { index: index + 1 })}</legend>
                  <Row gutter={16} align="bottom">
                    <Col xs={24} sm={8}>
                      <Form.Item name={[item.name, "name"]} label={t("achievementForm.teamName")}>
                        <Input maxLength={80} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={7}>
                      <Form.Item name={[item.name, "title"]} label={t("achievementForm.teamTitle")}>
                        <Input maxLength={80} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={7}>
                      <Form.Item name={[item.name, "role"]} label={t("achievementForm.teamRole")}>
                        <Input maxLength={80} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={2}>
                      <Form.Item>
                        <Button
                          danger
                          type="text"
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t("achievementForm.teamRemove", { index: index + 1 })}
                          onClick={() => remove(item.name)}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                </fieldset>
              ))}
              <Form.ErrorList errors={errors} />
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: "" })}>
                {t("achievementForm.teamAdd")}
              </Button>
            </>
          )}
        </Form.List>
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
