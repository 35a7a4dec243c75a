import { Select, Tabs } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { DetailSkeleton } from "../../../shared/components/detail-skeleton";
import { PageHeading } from "../../../shared/components/page-heading";
import { QueryError } from "../../../shared/components/query-error";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { SentAnswersTab } from "../../answers/components/sent-answers-tab";
import { CreateOrganizationForm } from "../../organizations/components/create-organization-form";
import { MembersPanel } from "../../organizations/components/members-panel";
import { AchievementsTab } from "../components/achievements-tab";
import { DemandsTab } from "../components/demands-tab";
import { SignInPrompt } from "../components/sign-in-prompt";
import { orgAbilities, useWorkspaceOrg } from "../use-workspace-org";
import "../workspace.css";
import { type WorkspaceTab, workspacePath } from "../workspace-paths";

/**
 * `/workspace?org=&tab=`: the organization's achievements, exam papers and members. The
 * organization and the section live in the URL, so every view has a link.
 */
export function WorkspacePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("workspace.title"));
  const language = useAppLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const workspace = useWorkspaceOrg();

  if (workspace.fetching) return <DetailSkeleton />;
  if (workspace.error && !workspace.viewer) {
    return <QueryError error={workspace.error} onRetry={workspace.refetch} />;
  }
  if (!workspace.viewer) return <SignInPrompt />;

  const heading = <PageHeading title={t("workspace.title")} intro={t("workspace.intro")} />;
  const org = workspace.org;
  if (!org?.id) {
    return (
      <>
        {heading}
        <CreateOrganizationForm
          onCreated={(orgId) => {
            workspace.refetch();
            void navigate(workspacePath(orgId));
          }}
        />
      </>
    );
  }

  const orgId = org.id;
  const abilities = orgAbilities(org);
  const tabs: { key: WorkspaceTab; label: string; children: ReactNode }[] = [
    ...(abilities.publishesAchievements
      ? [
          {
            key: "achievements" as const,
            label: t("workspace.tabs.achievements"),
            children: <AchievementsTab orgId={orgId} />,
          },
        ]
      : []),
    ...(abilities.postsDemands
      ? [
          {
            key: "demands" as const,
            label: t("workspace.tabs.demands"),
            children: <DemandsTab orgId={orgId} />,
          },
        ]
      : []),
    ...(abilities.answersDemands
      ? [
          {
            key: "answers" as const,
            label: t("workspace.tabs.answers"),
            children: <SentAnswersTab orgId={orgId} />,
          },
        ]
      : []),
    {
      key: "members",
      label: t("workspace.tabs.members"),
      children: (
        <MembersPanel orgId={orgId} isAdmin={workspace.isAdmin} viewerId={workspace.viewer.id} />
      ),
    },
  ];
  const wanted = params.get("tab");
  const active = tabs.find((tab) => tab.key === wanted)?.key ?? tabs[0]?.key;

  return (
    <>
      <PageHeading
        title={t("workspace.title")}
        intro={
          <>
            <strong>{pickLocalized(language, org.nameZh, org.nameEn)?.text}</strong>
            {" · "}
            {t("workspace.intro")}
          </>
        }
        extra={
          workspace.memberships.length > 1 ? (
            <Select
              aria-label={t("workspace.organization")}
              className="workspace-org-select"
              value={orgId}
              onChange={(next: string) => navigate(workspacePath(next, active))}
              options={workspace.memberships.map((m) => ({
                value: m.organization?.id as string,
                label:
                  pickLocalized(language, m.organization?.nameZh, m.organization?.nameEn)?.text ??
                  (m.organization?.id as string),
              }))}
            />
          ) : undefined
        }
      />
      <Tabs
        aria-label={t("workspace.tabsLabel")}
        activeKey={active}
        onChange={(key) => navigate(workspacePath(orgId, key as WorkspaceTab), { replace: true })}
        items={tabs}
        destroyOnHidden
      />
    </>
  );
}

export default WorkspacePage;
