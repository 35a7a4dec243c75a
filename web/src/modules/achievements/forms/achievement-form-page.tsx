import { Alert, Breadcrumb } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { isNotFound } from "../../../graphql/errors";
import { readFragment } from "../../../graphql/graphql";
import { DetailSkeleton } from "../../../shared/components/detail-skeleton";
import { NotFoundResult } from "../../../shared/components/not-found-result";
import { PageHeading } from "../../../shared/components/page-heading";
import { QueryError } from "../../../shared/components/query-error";
import { useFeedback } from "../../../shared/feedback";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { SignInPrompt } from "../../workspace/components/sign-in-prompt";
import { canEditAchievement } from "../../workspace/listing-actions";
import { orgAbilities, useWorkspaceOrg } from "../../workspace/use-workspace-org";
import { workspacePath } from "../../workspace/workspace-paths";
import "../../workspace/workspace.css";
import { AchievementForm } from "./achievement-form";
import {
  AchievementForEditQuery,
  AchievementFormFieldsFragment,
  CreateAchievementMutation,
  UpdateAchievementMutation,
} from "./achievement-form.graphql";
import { achievementValues, emptyAchievementValues } from "./achievement-form-values";

/** `/workspace/achievements/new?org=` and `/workspace/achievements/:id/edit`. */
export function AchievementFormPage() {
  const { id } = useParams();
  return id ? <EditAchievement id={id} /> : <NewAchievement />;
}

function Crumbs({ title, orgId }: { title: string; orgId?: string | null }) {
  const { t } = useTranslation();
  return (
    <Breadcrumb
      className="detail-breadcrumb"
      items={[
        { title: <Link to={workspacePath(orgId, "achievements")}>{t("workspace.title")}</Link> },
        { title },
      ]}
    />
  );
}

function NewAchievement() {
  const { t } = useTranslation();
  useDocumentTitle(t("achievementForm.newTitle"));
  const navigate = useNavigate();
  const feedback = useFeedback();
  const workspace = useWorkspaceOrg();
  const [, create] = useMutation(CreateAchievementMutation);

  if (workspace.fetching) return <DetailSkeleton />;
  if (workspace.error) return <QueryError error={workspace.error} onRetry={workspace.refetch} />;
  if (!workspace.viewer) return <SignInPrompt />;
  const org = workspace.org;
  if (!org?.id || !orgAbilities(org).publishesAchievements) {
    return (
      <>
        <Crumbs title={t("achievementForm.newTitle")} orgId={org?.id} />
        <Alert type="info" showIcon title={t("workspace.cannotPublish")} />
      </>
    );
  }
  const orgId = org.id;
  return (
    <>
      <Crumbs title={t("achievementForm.newTitle")} orgId={orgId} />
      <PageHeading title={t("achievementForm.newTitle")} intro={t("achievementForm.intro")} />
      <AchievementForm
        initialValues={emptyAchievementValues()}
        submitLabel={t("listingForm.saveDraft")}
        onCancel={() => navigate(workspacePath(orgId, "achievements"))}
        onSubmit={async (input) => {
          const result = await create({ orgId, input });
          if (result.error) return result.error;
          feedback.success(t("achievementForm.created"));
          await navigate(workspacePath(orgId, "achievements"));
          return undefined;
        }}
      />
    </>
  );
}

function EditAchievement({ id }: { id: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t("achievementForm.editTitle"));
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AchievementForEditQuery,
    variables: { id },
    requestPolicy: "network-only",
  });
  const [, update] = useMutation(UpdateAchievementMutation);

  const found = data?.achievement;
  if (fetching && !found) return <DetailSkeleton />;
  if (isNotFound(error) || (!error && !found) || (found && !found.viewerCanEdit)) {
    return (
      <NotFoundResult
        title={t("achievements.notFoundTitle")}
        text={t("achievements.notFoundText")}
        backTo="/workspace"
        backLabel={t("answers.backToWorkspace")}
      />
    );
  }
  if (error || !found) {
    return error ? (
      <QueryError error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
    ) : null;
  }
  const achievement = readFragment(AchievementFormFieldsFragment, found);
  const orgId = achievement.owner?.id;
  const status = achievement.status ?? "DRAFT";
  return (
    <>
      <Crumbs title={t("achievementForm.editTitle")} orgId={orgId} />
      <PageHeading title={t("achievementForm.editTitle")} />
      {status === "PUBLISHED" ? (
        <Alert
          type="warning"
          showIcon
          className="form-notice"
          title={t("achievementForm.publishedNotice")}
        />
      ) : null}
      {canEditAchievement(status) ? (
        <AchievementForm
          initialValues={achievementValues(achievement)}
          submitLabel={t("listingForm.saveChanges")}
          onCancel={() => navigate(workspacePath(orgId, "achievements"))}
          onSubmit={async (input) => {
            const result = await update({ id, input });
            if (result.error) return result.error;
            feedback.success(t("listingForm.saved"));
            await navigate(workspacePath(orgId, "achievements"));
            return undefined;
          }}
        />
      ) : (
        <Alert
          type="info"
          showIcon
          title={t("achievementForm.notEditable", { status: t(`achievementStatuses.${status}`) })}
        />
      )}
    </>
  );
}

export default AchievementFormPage;
