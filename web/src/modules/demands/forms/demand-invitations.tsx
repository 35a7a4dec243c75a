import { canAnswerDemands } from "@openttc/domain/organization";
import { Button, Card, Form, List, Select, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQuery } from "urql";
import { errorMessage } from "../../../graphql/errors";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { useFormat } from "../../../i18n/use-format";
import { LocalizedText } from "../../../shared/components/localized-text";
import { useFeedback } from "../../../shared/feedback";
import { serverIssues, translateIssue } from "../../workspace/form-errors";
import { lowerEnum } from "../../workspace/listing-values";
import { InvitableOrganizationsQuery, InviteToDemandMutation } from "./demand-form.graphql";

interface Grant {
  kind?: string | null;
  grantedAt?: string | null;
  organization?: { id?: string | null; nameZh?: string | null; nameEn?: string | null } | null;
}

/** The owner lets chosen institutes read the confidential details, and sees who can. */
export function DemandInvitations({
  demandId,
  ownerId,
  grants,
}: {
  demandId: string;
  ownerId: string | null | undefined;
  grants: readonly Grant[];
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const format = useFormat();
  const feedback = useFeedback();
  const [{ data, fetching }] = useQuery({ query: InvitableOrganizationsQuery, variables: {} });
  const [{ fetching: inviting }, invite] = useMutation(InviteToDemandMutation);
  const [orgId, setOrgId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const granted = new Set(grants.map((g) => g.organization?.id));
  const options = (data?.organizations?.edges ?? [])
    .map((e) => e.node)
    .filter((o) => o.id && o.id !== ownerId && !granted.has(o.id))
    .filter((o) => o.kind && canAnswerDemands(lowerEnum(o.kind)))
    .map((o) => ({
      value: o.id as string,
      label: pickLocalized(language, o.nameZh, o.nameEn)?.text ?? (o.id as string),
    }));

  async function send() {
    if (!orgId) {
      setProblem(t("formErrors.chooseOne"));
      return;
    }
    const name = options.find((o) => o.value === orgId)?.label ?? orgId;
    const result = await invite({ demandId, orgId });
    if (result.error) {
      const issue = serverIssues(result.error)[0];
      const { network, message } = errorMessage(result.error);
      setProblem(
        issue
          ? translateIssue(issue.message, t)
          : network
            ? t("common.networkError")
            : translateIssue(message, t),
      );
      return;
    }
    setProblem(null);
    setOrgId(null);
    feedback.success(t("demandForm.invited", { name }));
  }

  return (
    <Card title={<h2 className="card-heading">{t("demandForm.inviteTitle")}</h2>}>
      <p className="form-hint">{t("demandForm.inviteIntro")}</p>
      <Form layout="vertical" onFinish={send} className="invite-form">
        <Form.Item
          label={t("demandForm.inviteOrg")}
          htmlFor="invite-org"
          validateStatus={problem ? "error" : undefined}
          help={problem ?? undefined}
        >
          <Select
            id="invite-org"
            showSearch={{ optionFilterProp: "label" }}
            value={orgId ?? undefined}
            onChange={(v: string) => {
              setOrgId(v);
              setProblem(null);
            }}
            loading={fetching}
            placeholder={t("demandForm.inviteSearch")}
            options={options}
          />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={inviting}>
          {t("demandForm.inviteSend")}
        </Button>
      </Form>
      <h3 className="subheading">{t("demandForm.grants")}</h3>
      <List
        dataSource={[...grants]}
        locale={{ emptyText: t("demandForm.noGrants") }}
        renderItem={(g) => (
          <List.Item>
            <LocalizedText zh={g.organization?.nameZh} en={g.organization?.nameEn} />
            <span className="row-actions">
              <Tag color={g.kind === "nda" ? "purple" : "blue"}>
                {g.kind === "nda"
                  ? t("demandForm.grantKinds.nda")
                  : t("demandForm.grantKinds.invited")}
              </Tag>
              <span className="row-meta">{format.date(g.grantedAt)}</span>
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
