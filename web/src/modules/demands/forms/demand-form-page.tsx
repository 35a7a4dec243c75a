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
import "../../workspace/workspace.css";
import { SignInPrompt } from "../../workspace/components/sign-in-prompt";
import { canEditDemand } from "../../workspace/listing-actions";
import { orgAbilities, useWorkspaceOrg } from "../../workspace/use-workspace-org";
import { workspacePath } from "../../workspace/workspace-paths";
import { DemandForm } from "./demand-form";
import {
  CreateDemandMutation,
  DemandForEditQuery,
  DemandFormFieldsFragment,
  UpdateDemandMutation,
} from "./demand-form.graphql";
import { demandValues, emptyDemandValues } from "./demand-form-values";
import { DemandInvitations } from "./demand-invitations";

/** `/workspace/demands/new?org=` and `/workspace/demands/:id/edit`. */
export function DemandFormPage() {
  const { id } = useParams();
  return id ? <EditDemand id={id} /> : <NewDemand />;
}

function Crumbs({ title, orgId }: { title: string; orgId?: string | null }) {
  const { t } = useTranslation();
  return (
    <Breadcrumb
      className="detail-breadcrumb"
      items={[
        { title: <Link to={workspacePath(orgId, "demands")}>{t("workspace.title")}</Link> },
        { title },
      ]}
    />
  );
}

function NewDemand() {
  const { t } = useTranslation();
  useDocumentTitle(t("demandForm.newTitle"));
  const navigate = useNavigate();
  const feedback = useFeedback();
  const workspace = useWorkspaceOrg();
  const [, create] = useMutation(CreateDemandMutation);

  if (workspace.fetching) return <DetailSkeleton />;
  if (workspace.error) return <QueryError error={workspace.error} onRetry={workspace.refetch} />;
  if (!workspace.viewer) return <SignInPrompt />;
  const org = workspace.org;
  if (!org?.id || !orgAbilities(org).postsDemands) {
    return (
      <>
        <Crumbs title={t("demandForm.newTitle")} orgId={org?.id} />
        <Alert type="info" showIcon title={t("workspace.cannotPost")} />
      </>
    );
  }
  const orgId = org.id;
  return (
    <>
      <Crumbs title={t("demandForm.newTitle")} orgId={orgId} />
      <PageHeading title={t("demandForm.newTitle")} intro={t("demandForm.intro")} />
      <DemandForm
        initialValues={emptyDemandValues()}
        submitLabel={t("listingForm.saveDraft")}
        onCancel={() => navigate(workspacePath(orgId, "demands"))}
        onSubmit={async (input) => {
          const result = await create({ orgId, input });
          if (result.error) return result.error;
          feedback.success(t("demandForm.created"));
          const id = result.data?.createDemand?.id;
          // Straight to the edit page, where institutes can be invited to the confidential part.
          await navigate(id ? `/workspace/demands/${id}/edit` : workspacePath(orgId, "demands"));
          return undefined;
        }}
      />
    </>
  );
}

function EditDemand({ id }: { id: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t("demandForm.editTitle"));
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DemandForEditQuery,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const [, update] = useMutation(UpdateDemandMutation);

  const found = data?.demand;
  if (fetching && !found) return <DetailSkeleton />;
  // Only the owner reads the grants; anyone else has no business on this page.
  if (isNotFound(error) || (!error && !found) || (found && !found.accessGrants)) {
    return (
      <NotFoundResult
        title={t("demands.notFoundTitle")}
        text={t("demands.notFoundText")}
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
  const demand = readFragment(DemandFormFieldsFragment, found);
  const orgId = demand.owner?.id;
  const status = demand.status ?? "DRAFT";
  return (
    <>
      <Crumbs title={t("demandForm.editTitle")} orgId={orgId} />
      <PageHeading title={t("demandForm.editTitle")} />
      <div className="listing-form">
        {canEditDemand(status) ? (
          <DemandForm
            key={demand.id}
            initialValues={demandValues(demand)}
            submitLabel={t("listingForm.saveChanges")}
            onCancel={() => navigate(workspacePath(orgId, "demands"))}
            onSubmit={async (input) => {
              const result = await update({ id, input });
              if (result.error) return result.error;
              feedback.success(t("listingForm.saved"));
              await navigate(workspacePath(orgId, "demands"));
              return undefined;
            }}
          />
        ) : (
          <Alert
            type="info"
            showIcon
            title={t("demandForm.notEditable", { status: t(`demandStatuses.${status}`) })}
          />
        )}
        <DemandInvitations demandId={id} ownerId={orgId} grants={found.accessGrants ?? []} />
      </div>
    </>
  );
}

export default DemandFormPage;
