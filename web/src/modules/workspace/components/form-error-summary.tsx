import { Alert } from "antd";
import { useTranslation } from "react-i18next";

/** Above a form: how many fields need attention, and problems that belong to no field. */
export function FormErrorSummary({ fieldCount, other }: { fieldCount: number; other: string[] }) {
  const { t } = useTranslation();
  if (fieldCount === 0 && other.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="form-error-summary"
      title={fieldCount > 0 ? t("listingForm.fixErrors", { count: fieldCount }) : other[0]}
      description={
        fieldCount > 0 && other.length ? (
          <ul className="plain-list">
            {other.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : other.length > 1 ? (
          <ul className="plain-list">
            {other.slice(1).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
