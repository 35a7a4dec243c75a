import { BellOutlined, IdcardOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Avatar, Button, Dropdown } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { useResetClient } from "../../../app/graphql-client";
import { useFeedback } from "../../../shared/feedback";
import { LogOutMutation } from "../graphql/accounts.graphql";

/** The signed-in user's menu. Its own chunk: anonymous visitors never load it. */
export function UserMenu({ name }: { name: string }) {
  const { t } = useTranslation();
  const resetClient = useResetClient();
  const feedback = useFeedback();
  const [, logOut] = useMutation(LogOutMutation);
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={["click"]}
      placement="bottomRight"
      menu={{
        items: [
          { key: "profile", icon: <IdcardOutlined />, label: t("account.profile") },
          { key: "notifications", icon: <BellOutlined />, label: t("account.notifications") },
          { type: "divider" },
          { key: "logout", icon: <LogoutOutlined />, label: t("account.logOut") },
        ],
        onClick: async ({ key }) => {
          if (key === "profile" || key === "notifications") {
            void navigate(`/${key}`);
            return;
          }
          if (key !== "logout") return;
          const result = await logOut({});
          if (result.error) {
            feedback.error(t("account.logOutFailed"));
            return;
          }
          resetClient();
          feedback.info(t("account.loggedOut"));
        },
      }}
    >
      <Button type="text" className="account-button" aria-label={t("account.userMenu", { name })}>
        <Avatar size="small" icon={<UserOutlined />} aria-hidden />
        <span className="account-label">{name}</span>
      </Button>
    </Dropdown>
  );
}

export default UserMenu;
