import {
  criteriaProblems,
  SCORE_MAX,
  SCORE_MIN,
  ZEvaluateAnswerInput,
} from "@openttc/domain/answer";
import { Alert, Button, Form, Input, Radio } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { errorMessage } from "../../../graphql/errors";
import { useFeedback } from "../../../shared/feedback";
import { useCriterionLabel } from "../../workspace/criteria";
import { serverIssues, translateIssue } from "../../workspace/form-errors";
import { EvaluateAnswerMutation } from "../graphql/answers.graphql";

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

interface Values {
  scores: Record<string, number | undefined>;
  comment?: string;
}

/** Scores one answer 1–5 on each of the exam paper's criteria, with a comment. */
export function EvaluationForm({
  answerId,
  criteria,
  current,
}: {
  answerId: string;
  criteria: readonly string[];
  current?: {
    scores?: readonly { criterion?: string | null; score?: number | null }[] | null;
    comment?: string | null;
  } | null;
}) {
  const { t } = useTranslation();
  const label = useCriterionLabel();
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, evaluate] = useMutation(EvaluateAnswerMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const initial: Values = {
    scores: Object.fromEntries(
      criteria.map((c) => [c, current?.scores?.find((s) => s.criterion === c)?.score ?? undefined]),
    ),
    comment: current?.comment ?? "",
  };

  async function submit(values: Values) {
    const input = {
      answerId,
      scores: criteria
        .filter((c) => values.scores?.[c] != null)
        .map((c) => ({ criterion: c, score: values.scores[c] as number })),
      comment: values.comment?.trim() ?? "",
    };
    const missing = criteria.filter((c) => values.scores?.[c] == null);
    const checked = ZEvaluateAnswerInput.safeParse(input);
    const commentIssue = checked.success
      ? undefined
      : checked.error.issues.find((i) => i.path[0] === "comment");
    form.setFields([
      ...criteria.map((c) => ({
        name: ["scores", c] as ["scores", string],
        errors: missing.includes(c) ? [t("formErrors.required")] : [],
      })),
      {
        name: "comment" as const,
        errors: commentIssue ? [translateIssue(commentIssue.message, t)] : [],
      },
    ]);
    // The API wants every criterion scored exactly once; the same rule, checked here first.
    if (
      missing.length ||
      commentIssue ||
      criteriaProblems(
        criteria,
        input.scores.map((s) => s.criterion),
      )
    )
      return;
    setProblem(null);
    // The result is an Evaluation; the answers list caches Answers (with no Evaluation yet the
    // first time), so name Answer for urql to refetch the card's overall score.
    const result = await evaluate({ input }, { additionalTypenames: ["Answer"] });
    if (result.error) {
      const issue = serverIssues(result.error)[0];
      if (issue && String(issue.path).endsWith("comment")) {
        form.setFields([{ name: "comment", errors: [translateIssue(issue.message, t)] }]);
      } else {
        setProblem(translateIssue(issue?.message ?? errorMessage(result.error).message, t));
      }
      return;
    }
    feedback.success(t("answers.evaluationSaved"));
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      requiredMark={false}
    >
      {problem ? (
        <Alert type="error" showIcon role="alert" title={problem} className="form-error-summary" />
      ) : null}
      <p className="form-hint">{t("answers.scoreHelp")}</p>
      <div className="score-grid">
        {criteria.map((c) => (
          <Form.Item key={c} name={["scores", c]} label={label(c)} className="score-item">
            <Radio.Group
              aria-label={t("answers.scoreOf", { criterion: label(c) })}
              optionType="button"
              options={SCORES.map((s) => ({ value: s, label: String(s) }))}
            />
          </Form.Item>
        ))}
      </div>
      <Form.Item name="comment" label={t("answers.comment")}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={fetching}>
        {t("answers.saveEvaluation")}
      </Button>
    </Form>
  );
}
