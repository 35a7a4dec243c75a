import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { TRANSFER_MODES, TRL_LEVELS } from "../../../graphql/enums";
import { useFormat } from "../../../i18n/use-format";
import { useTrlExplanation } from "../../../shared/components/trl-tag";
import { FieldTreeSelect } from "../../taxonomy/components/field-tree-select";
import { useTaxonomy } from "../../taxonomy/use-taxonomy";
import { CURRENCIES, type MoneyRangeValues } from "../listing-values";

/** The taxonomy tree as a form control (Form.Item passes id, value and onChange). */
export function FieldInput({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}) {
  const taxonomy = useTaxonomy();
  return (
    <FieldTreeSelect
      id={id}
      tree={taxonomy.tree}
      loading={taxonomy.fetching}
      value={value ?? null}
      onChange={(next) => onChange?.(next)}
    />
  );
}

/** TRL 1–9, each option saying what the level means. */
export function TrlSelect(props: {
  id?: string;
  value?: number | null;
  onChange?: (value: number) => void;
}) {
  const { t } = useTranslation();
  const explain = useTrlExplanation();
  return (
    <Select
      id={props.id}
      value={props.value ?? undefined}
      onChange={props.onChange}
      options={TRL_LEVELS.map((level) => ({
        value: level,
        label: `${t("trl.tag", { level })} · ${explain(level)}`,
      }))}
    />
  );
}

/** Keywords typed one by one (Enter or a comma adds one). */
export function KeywordsInput(props: {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}) {
  return (
    <Select
      id={props.id}
      mode="tags"
      value={props.value}
      onChange={props.onChange}
      tokenSeparators={[",", "，", "、"]}
      open={false}
      suffixIcon={null}
    />
  );
}

/** Transfer or cooperation modes as labelled checkboxes, each with what the mode means. */
export function TransferModesInput({
  label,
  ...props
}: {
  label: string;
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="plain-fieldset" id={props.id}>
      <legend className="visually-hidden">{label}</legend>
      <Checkbox.Group
        className="mode-checkboxes"
        value={props.value}
        onChange={(v) => props.onChange?.(v as string[])}
        options={TRANSFER_MODES.map((mode) => ({
          value: mode,
          label: (
            <Tooltip title={t(`transferModeHelp.${mode}`)}>
              <span>{t(`transferModes.${mode}`)}</span>
            </Tooltip>
          ),
        }))}
      />
    </fieldset>
  );
}

/** A price or budget: minimum, maximum, currency, negotiable, and how it will read. */
export function MoneyRangeFields({
  name,
  minLabel,
  maxLabel,
}: {
  name: string;
  minLabel: string;
  maxLabel: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = Form.useFormInstance();
  const value = Form.useWatch(name, form) as MoneyRangeValues | undefined;
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} sm={12} md={8}>
          <Form.Item name={[name, "min"]} label={minLabel}>
            <InputNumber min={0} className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={8}>
          <Form.Item name={[name, "max"]} label={maxLabel}>
            <InputNumber min={0} className="full-width" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, "currency"]} label={t("listingForm.currency")}>
            <Select options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, "negotiable"]} valuePropName="checked" label=" " colon={false}>
            <Checkbox>{t("listingForm.negotiable")}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      {value && (value.min != null || value.max != null || value.negotiable) ? (
        <p className="form-preview" aria-live="polite">
          {t("listingForm.amountPreview", { text: format.price(value) })}
        </p>
      ) : null}
    </>
  );
}

/** Country code, province and city. */
export function RegionFields({ name = "region" }: { name?: string }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} sm={8}>
        <Form.Item name={[name, "country"]} label={t("orgs.country")} extra={t("orgs.countryHelp")}>
          <Input maxLength={2} autoComplete="country" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name={[name, "province"]} label={t("orgs.province")}>
          <Input autoComplete="address-level1" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name={[name, "city"]} label={t("orgs.city")}>
          <Input autoComplete="address-level2" />
        </Form.Item>
      </Col>
    </Row>
  );
}
