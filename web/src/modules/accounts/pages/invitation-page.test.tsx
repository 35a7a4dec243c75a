import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import { InvitationPage } from "./invitation-page";

const me = {
  id: "u1",
  displayName: "王工",
  email: "wang@example.org",
  locale: "ZH_CN",
  platformRoles: [],
  memberships: [],
};

function renderInvitation(
  handlers: Parameters<typeof makeFakeClient>[0],
  language: "zh-CN" | "en" = "zh-CN",
) {
  const fake = makeFakeClient(handlers);
  renderWithApp(
    <Routes>
      <Route path="/invitations/:token" element={<InvitationPage />} />
    </Routes>,
    { client: fake.client, route: "/invitations/tok-123", language },
  );
  return fake;
}

describe("invitation page", () => {
  it("asks a visitor to log in or sign up and come back", async () => {
    renderInvitation({ viewer: () => ({ data: { me: null } }) });
    expect(await screen.findByRole("button", { name: "登录" })).toBeVisible();
    expect(screen.getByRole("link", { name: "注册新账号" })).toHaveAttribute(
      "href",
      "/signup?redirect=%2Finvitations%2Ftok-123",
    );
  });

  it("accepts the invitation with the token from the link", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderInvitation({
      viewer: () => ({ data: { me } }),
      acceptInvitation: () => ({
        data: { acceptInvitation: { id: "org-1", nameZh: "滇池材料公司", nameEn: "Dianchi" } },
      }),
    });
    await user.click(await screen.findByRole("button", { name: "接受邀请" }));
    expect(await screen.findByText("滇池材料公司")).toBeVisible();
    expect(variablesOf(executeMutation, "AcceptInvitation")).toEqual([{ token: "tok-123" }]);
    expect(screen.getByRole("link", { name: "前往工作台" })).toHaveAttribute("href", "/workspace");
  });

  it("explains an invitation addressed to someone else, in English", async () => {
    const user = userEvent.setup();
    renderInvitation(
      {
        viewer: () => ({ data: { me } }),
        acceptInvitation: () => ({
          error: {
            message: "this invitation is addressed to another e-mail address",
            code: "FORBIDDEN",
          },
        }),
      },
      "en",
    );
    await user.click(await screen.findByRole("button", { name: "Accept invitation" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "you are logged in as wang@example.org",
    );
  });

  it("says an expired invitation has expired", async () => {
    const user = userEvent.setup();
    renderInvitation({
      viewer: () => ({ data: { me } }),
      acceptInvitation: () => ({
        error: { message: "this invitation has expired", code: "CONFLICT" },
      }),
    });
    await user.click(await screen.findByRole("button", { name: "接受邀请" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("邀请已过期"));
  });
});
