import type { FormInstance } from "antd";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { type InputIssue, issuesToFields } from "./form-errors";

/**
 * Shows input issues (from the domain schema before sending, or from the API after) under the
 * fields they name, and the rest above the form. Earlier errors are cleared first; the values
 * typed stay as they are.
 */
export function useFormIssues(form: FormInstance, fields: readonly string[], prefix = "input") {
  const { t } = useTranslation();
  const [other, setOther] = useState<string[]>([]);
  const [fieldCount, setFieldCount] = useState(0);

  const clear = useCallback(() => {
    const stale = form
      .getFieldsError()
      .filter((f) => f.errors.length > 0)
      .map((f) => ({ name: f.name, errors: [] as string[] }));
    form.setFields(stale);
    setOther([]);
    setFieldCount(0);
  }, [form]);

  /** Shows the issues; returns how many there were. */
  const show = useCallback(
    (issues: readonly InputIssue[], fallback?: string): number => {
      clear();
      const split = issuesToFields(issues, fields, t, prefix);
      form.setFields(split.fields);
      const rest =
        split.other.length || split.fields.length ? split.other : fallback ? [fallback] : [];
      setOther(rest);
      setFieldCount(split.fields.length);
      const first = split.fields[0];
      if (first) form.scrollToField(first.name, { block: "center", focus: true });
      return split.fields.length + rest.length;
    },
    [clear, fields, form, prefix, t],
  );

  return { other, fieldCount, show, clear };
}
