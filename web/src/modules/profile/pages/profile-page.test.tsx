import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import { ProfilePage } from "./profile-page";

const me = {
  id: "u1",
  displayName: "王工",
  email: "wang@example.org",
  locale: "ZH_CN",
  platformRoles: ["REVIEWER"],
  memberships: [
    {
      role: "ADMIN",
      organization: {
        id: "org-1",
        kind: "ENTERPRISE",
        nameZh: "滇池材料公司",
        nameEn: "Dianchi Materials",
      },
    },
  ],
  sessions: [
    {
      id: "s1",
      createdAt: "2026-11-01T00:00:00Z",
      expiresAt: "2026-12-01T00:00:00Z",
      userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
      current: true,
    },
    {
      id: "s2",
      createdAt: "2026-10-01T00:00:00Z",
      expiresAt: "2026-11-30T00:00:00Z",
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      current: false,
    },
  ],
};

describe("profile page", () => {
  it("saves the name and language and switches the interface to it", async () => {
    const user = userEvent.setup();
    const { client, executeMutation } = makeFakeClient({
      profile: () => ({ data: { me } }),
      updateProfile: ({ input }) => ({
        data: { updateProfile: { id: "u1", ...(input as object) } },
      }),
    });
    const { i18n } = renderWithApp(<ProfilePage />, { client });
    expect(await screen.findByText("滇池材料公司")).toBeVisible();
    expect(screen.getByText("审核员")).toBeVisible();

    const name = screen.getByLabelText("姓名");
    await user.clear(name);
    await user.type(name, "王总工");
    await user.click(screen.getByLabelText("首选语言"));
    await user.click(await screen.findByTitle("English"));
    await user.click(screen.getByRole("button", { name: "保存" }));

    await waitFor(() =>
      expect(variablesOf(executeMutation, "UpdateProfile")).toEqual([
        { input: { displayName: "王总工", locale: "EN" } },
      ]),
    );
    await waitFor(() => expect(i18n.language).toBe("en"));
  });

  it("keeps the typed name and shows the API's refusal under it", async () => {
    const user = userEvent.setup();
    const { client } = makeFakeClient({
      profile: () => ({ data: { me } }),
      updateProfile: () => ({
        error: {
          message: "input.displayName: must be at most 80 characters",
          code: "BAD_USER_INPUT",
          issues: [{ path: "input.displayName", message: "must be at most 80 characters" }],
        },
      }),
    });
    renderWithApp(<ProfilePage />, { client });
    const name = await screen.findByLabelText("姓名");
    await user.type(name, "！");
    await user.click(screen.getByRole("button", { name: "保存" }));
    expect(await screen.findByText("不能超过 80 个字符")).toBeInTheDocument();
    expect(name).toHaveValue("王工！");
  });

  it("signs out another device but not this one", async () => {
    const user = userEvent.setup();
    const { client, executeMutation } = makeFakeClient({
      profile: () => ({ data: { me } }),
      revokeSession: () => ({ data: { revokeSession: true } }),
    });
    renderWithApp(<ProfilePage />, { client, language: "en" });
    expect(await screen.findByText("This device")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Sign out device: Firefox on Linux" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Sign out device: Safari on iPhone" }));

    expect(variablesOf(executeMutation, "RevokeSession")).toEqual([{ id: "s2" }]);
    await waitFor(() => expect(screen.queryByText("Safari on iPhone")).toBeNull());
  });

  it("names each device by browser and system, with the raw User-Agent on hover", async () => {
    const user = userEvent.setup();
    const { client } = makeFakeClient({ profile: () => ({ data: { me } }) });
    renderWithApp(<ProfilePage />, { client });

    const firefox = await screen.findByText("Firefox（Linux）");
    expect(screen.getByText("Safari（iPhone）")).toBeVisible();
    expect(screen.queryByText(/Mozilla/)).toBeNull();

    await user.hover(firefox);
    expect(await screen.findByRole("tooltip")).toHaveTextContent(
      "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    );
  });

  it("asks a visitor to log in", async () => {
    const { client } = makeFakeClient({ profile: () => ({ data: { me: null } }) });
    renderWithApp(<ProfilePage />, { client });
    expect(await screen.findByRole("heading", { name: "请先登录" })).toBeVisible();
  });
});
