import type { CombinedError } from "@urql/core";
import { Button, Card, Collapse, Space, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation } from "urql";
import { errorMessage } from "../../../graphql/errors";
import { type FragmentOf, readFragment } from "../../../graphql/graphql";
import type { introspection_types } from "../../../graphql/graphql-env";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { LocalizedText } from "../../../shared/components/localized-text";
import { TrlTag } from "../../../shared/components/trl-tag";
import { useFeedback } from "../../../shared/feedback";
import { translateIssue } from "../../workspace/form-errors";
import { MarkMatchMutation, MatchDetailsFragment } from "../graphql/matches.graphql";
import { DismissDialog, type DismissReason } from "./dismiss-dialog";
import { MatchExplanation } from "./match-explanation";
import { MatchScoreBar } from "./match-score-bar";

type MatchAction = introspection_types["MatchAction"]["enumValues"];

/** Whose listings the card is read from: the exam paper's side sees achievements, and so on. */
export type MatchPerspective = "demand" | "achievement" | "broker";

/**
 * One suggested match: the other listing, the score and why, and what the viewer did with it
 * (viewed, contacted, dismissed with a reason), shown at once and kept when the API agrees.
 */
export function MatchCard({
  data,
  sentences,
  perspective,
  expanded = false,
}: {
  data: FragmentOf<typeof MatchDetailsFragment>;
  sentences: readonly string[];
  perspective: MatchPerspective;
  expanded?: boolean;
}) {
  const match = readFragment(MatchDetailsFragment, data);
  const { t } = useTranslation();
  const language = useAppLanguage();
  const feedback = useFeedback();
  const [, mark] = useMutation(MarkMatchMutation);
  const [pending, setPending] = useState<ReadonlySet<MatchAction>>(new Set());
  const [dismissing, setDismissing] = useState(false);
  const [open, setOpen] = useState(expanded);
  const matchId = match.id as string;

  const done = new Set<MatchAction>([
    ...(match.viewerFeedback ?? []).flatMap((f) => (f.action ? [f.action] : [])),
    ...pending,
  ]);
  const demandTitle =
    pickLocalized(language, match.demand?.titleZh, match.demand?.titleEn)?.text ?? "";
  const achievementTitle =
    pickLocalized(language, match.achievement?.titleZh, match.achievement?.titleEn)?.text ?? "";
  const title =
    perspective === "demand"
      ? achievementTitle
      : perspective === "achievement"
        ? demandTitle
        : t("broker.pair", { demand: demandTitle, achievement: achievementTitle });
  const headingId = `match-${matchId}`;

  async function act(action: MatchAction, reason?: DismissReason, reasonText?: string | null) {
    setPending((p) => new Set([...p, action]));
    const result = await mark({
      matchId,
      action,
      reason: reason ?? null,
      reasonText: reasonText ?? null,
    });
    if (result.error) {
      setPending((p) => new Set([...p].filter((a) => a !== action)));
      failed(result.error);
      return;
    }
    feedback.success(t(`matches.marked.${action}`));
  }
  function failed(err: CombinedError) {
    feedback.error(t("matches.failed", { message: translateIssue(errorMessage(err).message, t) }));
  }

  const other = perspective === "achievement" ? match.demand : match.achievement;
  const label = (action: string) => t("matches.actionOn", { action, title });

  return (
    <section aria-labelledby={headingId}>
      <Card className={done.has("DISMISSED") ? "match-card dismissed" : "match-card"}>
        <header className="match-card-header">
          <h2 className="card-heading match-title" id={headingId}>
            {perspective === "broker" ? (
              <>
                <Link to={`/demands/${match.demand?.id}`}>{demandTitle}</Link>
                <span aria-hidden> ↔ </span>
                <Link to={`/achievements/${match.achievement?.id}`}>{achievementTitle}</Link>
              </>
            ) : (
              <Link
                to={
                  perspective === "demand" ? `/achievements/${other?.id}` : `/demands/${other?.id}`
                }
              >
                {title}
              </Link>
            )}
          </h2>
          <Space size={[8, 4]} wrap className="match-meta">
            {perspective !== "broker" ? (
              <LocalizedText zh={other?.owner?.nameZh} en={other?.owner?.nameEn} />
            ) : null}
            {match.achievement?.trl ? <TrlTag level={match.achievement.trl} /> : null}
            {[...done].map((a) => (
              <Tag
                key={a}
                color={a === "DISMISSED" ? "default" : a === "CONTACTED" ? "green" : "blue"}
              >
                {t(`matches.actions.${a}`)}
              </Tag>
            ))}
          </Space>
          <MatchScoreBar score={match.score ?? 0} />
          {/* The lead sentence stands in for the explanation while it is folded away. */}
          {sentences[0] && !open ? <p className="match-lead">{sentences[0]}</p> : null}
        </header>
        <Collapse
          ghost
          activeKey={open ? ["why"] : []}
          onChange={(keys) => setOpen(keys.includes("why"))}
          items={[
            {
              key: "why",
              label: t("matches.why"),
              children: <MatchExplanation match={data} sentences={sentences} showScore={false} />,
            },
          ]}
        />
        <div className="row-actions">
          <Button
            size="small"
            disabled={done.has("VIEWED")}
            aria-label={label(t("matches.markViewed"))}
            onClick={() => void act("VIEWED")}
          >
            {t("matches.markViewed")}
          </Button>
          <Button
            size="small"
            type="primary"
            disabled={done.has("CONTACTED")}
            aria-label={label(t("matches.markContacted"))}
            onClick={() => void act("CONTACTED")}
          >
            {t("matches.markContacted")}
          </Button>
          <Button
            size="small"
            danger
            disabled={done.has("DISMISSED")}
            aria-label={label(t("matches.dismiss"))}
            onClick={() => setDismissing(true)}
          >
            {t("matches.dismiss")}
          </Button>
        </div>
      </Card>
      <DismissDialog
        open={dismissing}
        matchId={matchId}
        title={title}
        onCancel={() => setDismissing(false)}
        onDismiss={(reason, text) => {
          setDismissing(false);
          void act("DISMISSED", reason, text);
        }}
      />
    </section>
  );
}
