import { ZInviteMemberInput } from "@openttc/domain/account";
import type { CombinedError } from "@urql/core";
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  List,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQuery } from "urql";
import { errorMessage } from "../../../graphql/errors";
import type { ResultOf } from "../../../graphql/graphql";
import type { introspection_types } from "../../../graphql/graphql-env";
import { useFormat } from "../../../i18n/use-format";
import { QueryError } from "../../../shared/components/query-error";
import { useFeedback } from "../../../shared/feedback";
import { serverIssues, translateIssue } from "../../workspace/form-errors";
import { lowerEnum } from "../../workspace/listing-values";
import {
  InviteMemberMutation,
  OrgMembersQuery,
  RemoveMemberMutation,
  SetMemberRoleMutation,
} from "../graphql/organizations.graphql";

type MemberRole = introspection_types["MemberRole"]["enumValues"];
type Member = NonNullable<
  NonNullable<ResultOf<typeof OrgMembersQuery>["organization"]>["members"]
>[number];

const ROLES: MemberRole[] = ["MEMBER", "ADMIN"];

/** Members and invitations; admins invite, change roles and remove members. */
export function MembersPanel({
  orgId,
  isAdmin,
  viewerId,
}: {
  orgId: string;
  isAdmin: boolean;
  viewerId: string | null | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const feedback = useFeedback();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrgMembersQuery,
    variables: { id: orgId },
  });
  const [, setRole] = useMutation(SetMemberRoleMutation);
  const [, remove] = useMutation(RemoveMemberMutation);
  // Shown at once; dropped when the API refuses (e.g. the last admin) or the list is refreshed.
  const [roleOverrides, setRoleOverrides] = useState<Record<string, MemberRole>>({});
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());

  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const failed = (err: CombinedError) =>
    feedback.error(t("orgs.failed", { message: translateIssue(errorMessage(err).message, t) }));
  const nameOf = (m: Member) => m.displayName ?? m.email ?? "";

  async function changeRole(member: Member, role: MemberRole) {
    const userId = member.userId as string;
    setRoleOverrides((o) => ({ ...o, [userId]: role }));
    const result = await setRole({ orgId, userId, role });
    if (result.error) {
      setRoleOverrides(({ [userId]: _dropped, ...rest }) => rest);
      failed(result.error);
      return;
    }
    feedback.success(
      t("orgs.roleChanged", { name: nameOf(member), role: t(`orgs.roles.${role}`) }),
    );
    refresh();
  }

  async function removeMember(member: Member) {
    const userId = member.userId as string;
    setRemoved((s) => new Set([...s, userId]));
    const result = await remove({ orgId, userId });
    if (result.error) {
      setRemoved((s) => new Set([...s].filter((id) => id !== userId)));
      failed(result.error);
      return;
    }
    feedback.success(t("orgs.removed", { name: nameOf(member) }));
    refresh();
  }

  const org = data?.organization;
  if (error && !org) return <QueryError error={error} onRetry={refresh} />;
  if (fetching && !org) {
    return (
      <div role="status" aria-busy="true" aria-label={t("app.loadingPage")}>
        <Skeleton active paragraph={{ rows: 4 }} />
      </div>
    );
  }
  const members = (org?.members ?? []).filter((m) => !removed.has(m.userId as string));

  const columns: TableColumnsType<Member> = [
    {
      key: "name",
      title: t("orgs.displayName"),
      render: (_, m) => (
        <>
          {nameOf(m)}
          {m.userId === viewerId ? <span className="row-meta">{t("orgs.you")}</span> : null}
        </>
      ),
    },
    { key: "email", title: t("orgs.email"), responsive: ["md"], render: (_, m) => m.email },
    {
      key: "role",
      title: t("orgs.role"),
      render: (_, m) => {
        const role = roleOverrides[m.userId as string] ?? m.role ?? "MEMBER";
        return isAdmin ? (
          <Select<MemberRole>
            aria-label={t("orgs.setRole", { name: nameOf(m) })}
            value={role}
            onChange={(next) => void changeRole(m, next)}
            options={ROLES.map((r) => ({ value: r, label: t(`orgs.roles.${r}`) }))}
            className="role-select"
          />
        ) : (
          <Tag color={role === "ADMIN" ? "gold" : "default"}>{t(`orgs.roles.${role}`)}</Tag>
        );
      },
    },
    {
      key: "joined",
      title: t("orgs.joinedAt"),
      responsive: ["lg"],
      render: (_, m) => format.date(m.joinedAt),
    },
    ...(isAdmin
      ? [
          {
            key: "remove",
            title: t("workspace.columns.actions"),
            render: (_: unknown, m: Member) => (
              <Popconfirm
                title={t("orgs.removeConfirm", { name: nameOf(m) })}
                okText={t("workspace.confirm.ok")}
                cancelText={t("workspace.confirm.cancel")}
                onConfirm={() => void removeMember(m)}
              >
                <Button size="small" danger aria-label={t("orgs.removeLabel", { name: nameOf(m) })}>
                  {t("orgs.remove")}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="members-panel">
      <Card title={<h2 className="card-heading">{t("orgs.members")}</h2>}>
        <Table<Member>
          rowKey={(m) => m.userId as string}
          columns={columns}
          dataSource={members}
          pagination={false}
          size="middle"
          className="workspace-table"
        />
      </Card>
      {isAdmin ? (
        <>
          <InviteForm orgId={orgId} onInvited={refresh} />
          <Card title={<h2 className="card-heading">{t("orgs.invitations")}</h2>}>
            <List
              dataSource={[...(org?.pendingInvitations ?? [])]}
              locale={{ emptyText: t("orgs.noInvitations") }}
              renderItem={(i) => (
                <List.Item>
                  <span>{i.email}</span>
                  <span className="row-actions">
                    <Tag>{t(`orgs.roles.${i.role ?? "MEMBER"}`)}</Tag>
                    <span className="row-meta">
                      {t("orgs.expiresAt")}: {format.date(i.expiresAt)}
                    </span>
                  </span>
                </List.Item>
              )}
            />
          </Card>
        </>
      ) : (
        <Alert type="info" showIcon title={t("orgs.adminsOnly")} />
      )}
    </div>
  );
}

/** The page where the invitee accepts (accounts module). */
function invitationLink(token: string): string {
  return `${window.location.origin}/invitations/${encodeURIComponent(token)}`;
}

function InviteForm({ orgId, onInvited }: { orgId: string; onInvited: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm<{ email?: string; role: MemberRole }>();
  const [{ fetching }, invite] = useMutation(InviteMemberMutation);
  const [token, setToken] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(values: { email?: string; role: MemberRole }) {
    const email = values.email?.trim() ?? "";
    const checked = ZInviteMemberInput.safeParse({ email, role: lowerEnum(values.role) });
    const issue = checked.success ? undefined : checked.error.issues[0];
    if (issue) {
      form.setFields([{ name: "email", errors: [translateIssue(issue.message, t)] }]);
      return;
    }
    const result = await invite({ orgId, input: { email, role: values.role } });
    if (result.error) {
      const issue = serverIssues(result.error)[0];
      if (issue) {
        form.setFields([{ name: "email", errors: [translateIssue(issue.message, t)] }]);
      } else {
        setProblem(
          t("orgs.failed", { message: translateIssue(errorMessage(result.error).message, t) }),
        );
      }
      return;
    }
    setProblem(null);
    setToken(result.data?.inviteMember?.token ?? null);
    feedback.success(t("orgs.invited", { email }));
    form.resetFields();
    onInvited();
  }

  return (
    <Card title={<h2 className="card-heading">{t("orgs.invite")}</h2>}>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ role: "MEMBER" }}
        onFinish={submit}
      >
        {problem ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={problem}
            className="form-error-summary"
          />
        ) : null}
        <Row gutter={16} align="bottom">
          <Col xs={24} md={12}>
            <Form.Item name="email" label={t("orgs.inviteEmail")}>
              <Input inputMode="email" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={6}>
            <Form.Item name="role" label={t("orgs.inviteRole")}>
              <Select options={ROLES.map((r) => ({ value: r, label: t(`orgs.roles.${r}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={6}>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={fetching}>
                {t("orgs.inviteSend")}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {token ? (
        <Alert
          type="success"
          showIcon
          title={t("orgs.inviteTokenIntro")}
          description={
            <Typography.Paragraph
              copyable={{ text: invitationLink(token) }}
              className="invite-token"
            >
              <span className="visually-hidden">{t("orgs.inviteToken")}: </span>
              {invitationLink(token)}
            </Typography.Paragraph>
          }
        />
      ) : null}
    </Card>
  );
}
