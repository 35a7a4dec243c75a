import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import { SignUpForm } from "./signup-form";

async function fill(user: ReturnType<typeof userEvent.setup>, password = "long-enough-1") {
  await user.type(screen.getByLabelText("姓名"), "李研究员");
  await user.type(screen.getByLabelText("邮箱"), "li@example.org");
  await user.type(screen.getByLabelText("密码"), password);
  await user.click(screen.getByRole("button", { name: "注册" }));
}

describe("sign-up form", () => {
  it("checks each field beside it and sends nothing while one is wrong", async () => {
    const user = userEvent.setup();
    const { client, executeMutation } = makeFakeClient({});
    renderWithApp(<SignUpForm onSignedUp={vi.fn()} loginHref="/login" />, { client });

    await fill(user, "short");

    expect(await screen.findByText("密码至少需要 10 个字符")).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it("puts an e-mail already registered under the e-mail field, keeps the input and offers to log in", async () => {
    const user = userEvent.setup();
    const onSignedUp = vi.fn();
    const { client, executeMutation } = makeFakeClient({
      signUp: () => ({
        error: {
          message: "an account with this e-mail already exists",
          code: "CONFLICT",
          issues: [{ path: "input.email", message: "is already registered" }],
        },
      }),
    });
    renderWithApp(<SignUpForm onSignedUp={onSignedUp} loginHref="/login?redirect=%2Fx" />, {
      client,
    });

    await fill(user);

    expect(await screen.findByText("该邮箱已注册")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "直接用该邮箱登录" })).toHaveAttribute(
      "href",
      "/login?redirect=%2Fx",
    );
    expect(screen.getByLabelText("姓名")).toHaveValue("李研究员");
    expect(screen.getByLabelText("密码")).toHaveValue("long-enough-1");
    expect(variablesOf(executeMutation, "SignUp")).toEqual([
      {
        input: {
          displayName: "李研究员",
          email: "li@example.org",
          password: "long-enough-1",
          locale: "ZH_CN",
        },
      },
    ]);
    expect(onSignedUp).not.toHaveBeenCalled();
  });

  it("shows the API's field issue in English beside the password", async () => {
    const user = userEvent.setup();
    const { client } = makeFakeClient({
      signUp: () => ({
        error: {
          message: "input.password: must be at most 200 characters",
          code: "BAD_USER_INPUT",
          issues: [{ path: "input.password", message: "must be at most 200 characters" }],
        },
      }),
    });
    renderWithApp(<SignUpForm onSignedUp={vi.fn()} loginHref="/login" />, {
      client,
      language: "en",
    });
    await user.type(screen.getByLabelText("Name"), "Li");
    await user.type(screen.getByLabelText("E-mail"), "li@example.org");
    await user.type(screen.getByLabelText("Password"), "long-enough-1");
    await user.click(screen.getByRole("button", { name: "Sign up" }));
    expect(await screen.findByText("At most 200 characters")).toBeInTheDocument();
  });

  it("hands the new user over", async () => {
    const user = userEvent.setup();
    const onSignedUp = vi.fn();
    const created = { id: "u1", displayName: "李研究员", email: "li@example.org" };
    const { client } = makeFakeClient({
      signUp: () => ({ data: { signUp: { user: created } } }),
    });
    renderWithApp(<SignUpForm onSignedUp={onSignedUp} loginHref="/login" />, { client });
    await fill(user);
    await waitFor(() => expect(onSignedUp).toHaveBeenCalledWith(created));
  });
});
