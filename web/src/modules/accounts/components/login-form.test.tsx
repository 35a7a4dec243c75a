import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import { showDemoHint } from "../demo-accounts";
import { LoginForm } from "./login-form";

describe("log-in form", () => {
  it("shows a message under each empty field and sends nothing", async () => {
    const user = userEvent.setup();
    const { client, executeMutation } = makeFakeClient({});
    renderWithApp(<LoginForm onLoggedIn={vi.fn()} showDemoAccounts={false} />, { client });

    await user.click(screen.getByRole("button", { name: "登录" }));

    expect(await screen.findByText("请输入邮箱")).toBeInTheDocument();
    expect(await screen.findByText("请输入密码")).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it("rejects a malformed e-mail address beside the field", async () => {
    const user = userEvent.setup();
    renderWithApp(<LoginForm onLoggedIn={vi.fn()} showDemoAccounts={false} />, {
      client: makeFakeClient({}).client,
      language: "en",
    });

    await user.type(screen.getByLabelText("E-mail"), "not-an-address");
    await user.click(screen.getByRole("button", { name: "Log in" }));

    expect(await screen.findByText("Enter a valid e-mail address")).toBeInTheDocument();
    expect(await screen.findByText("Enter your password")).toBeInTheDocument();
  });

  it("puts a wrong password next to the password field and keeps what was typed", async () => {
    const user = userEvent.setup();
    const onLoggedIn = vi.fn();
    const { client, executeMutation } = makeFakeClient({
      logIn: () => ({ error: { message: "e-mail or password is wrong", code: "UNAUTHENTICATED" } }),
    });
    renderWithApp(<LoginForm onLoggedIn={onLoggedIn} showDemoAccounts={false} />, { client });

    await user.type(screen.getByLabelText("邮箱"), "institute@demo.openttc.org");
    await user.type(screen.getByLabelText("密码"), "wrong-password");
    await user.click(screen.getByRole("button", { name: "登录" }));

    expect(await screen.findByText("邮箱或密码不正确")).toBeInTheDocument();
    expect(variablesOf(executeMutation, "LogIn")).toEqual([
      { input: { email: "institute@demo.openttc.org", password: "wrong-password" } },
    ]);
    expect(screen.getByLabelText("邮箱")).toHaveValue("institute@demo.openttc.org");
    expect(screen.getByLabelText("密码")).toHaveValue("wrong-password");
    expect(onLoggedIn).not.toHaveBeenCalled();
  });

  it("hands the user over after a successful log-in", async () => {
    const user = userEvent.setup();
    const onLoggedIn = vi.fn();
    const me = { id: "u1", displayName: "王研究员", email: "institute@demo.openttc.org" };
    const { client } = makeFakeClient({ logIn: () => ({ data: { logIn: { user: me } } }) });
    renderWithApp(<LoginForm onLoggedIn={onLoggedIn} showDemoAccounts={false} />, { client });

    await user.type(screen.getByLabelText("邮箱"), me.email);
    await user.type(screen.getByLabelText("密码"), "openttc-demo-2026");
    await user.click(screen.getByRole("button", { name: "登录" }));

    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledWith(me));
  });

  it("fills the form from a demo account when the hint is shown", async () => {
    const user = userEvent.setup();
    renderWithApp(<LoginForm onLoggedIn={vi.fn()} showDemoAccounts />, {
      client: makeFakeClient({}).client,
    });

    expect(screen.getByText("openttc-demo-2026", { exact: false })).toBeInTheDocument();
    await user.click(
      screen.getByRole("button", { name: "使用 enterprise@demo.openttc.org 填入表单" }),
    );

    expect(screen.getByLabelText("邮箱")).toHaveValue("enterprise@demo.openttc.org");
    expect(screen.getByLabelText("密码")).toHaveValue("openttc-demo-2026");
  });

  it("lists every seeded demo account the README names, the plain institute member included", () => {
    renderWithApp(<LoginForm onLoggedIn={vi.fn()} showDemoAccounts />, {
      client: makeFakeClient({}).client,
    });

    for (const email of [
      "operator@demo.openttc.org",
      "reviewer@demo.openttc.org",
      "institute@demo.openttc.org",
      "institute-member@demo.openttc.org",
      "enterprise@demo.openttc.org",
      "broker@demo.openttc.org",
    ]) {
      expect(screen.getByRole("button", { name: `使用 ${email} 填入表单` })).toBeVisible();
    }
    expect(screen.getByText("科研院所成员")).toBeVisible();
  });

  it("shows the demo hint unless VITE_SHOW_DEMO_HINT is false", () => {
    expect(showDemoHint({})).toBe(true);
    expect(showDemoHint({ VITE_SHOW_DEMO_HINT: "true" })).toBe(true);
    expect(showDemoHint({ VITE_SHOW_DEMO_HINT: "false" })).toBe(false);
  });
});
