import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { AppLayout } from "../../app/app-layout";
import { createI18n } from "../../i18n/i18n";
import { LANGUAGE_STORAGE_KEY } from "../../i18n/languages";
import { makeFakeClient } from "../../test/fake-client";
import { renderWithApp } from "../../test/render";

const visitor = () => makeFakeClient({ viewer: () => ({ data: { me: null } }) });

describe("language switch", () => {
  it("shows the header in Chinese first", () => {
    renderWithApp(<AppLayout />, { client: visitor().client });
    expect(screen.getByRole("link", { name: "科技成果" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "企业出卷" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /登录/ })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "中文" })).toBeChecked();
  });

  it("switches the visible text to English and remembers the choice", async () => {
    const user = userEvent.setup();
    renderWithApp(<AppLayout />, { client: visitor().client });

    // antd hides the radio input itself; people click its label.
    await user.click(screen.getByText("EN"));

    expect(await screen.findByRole("link", { name: "Achievements" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Exam papers" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Log in/ })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "科技成果" })).not.toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    // The next visit starts in the stored language.
    expect(createI18n().language).toBe("en");
  });

  it("is a labelled group that works from the keyboard", async () => {
    const user = userEvent.setup();
    renderWithApp(<AppLayout />, { client: visitor().client, language: "en" });
    const english = screen.getByRole("radio", { name: "English" });
    expect(english).toBeChecked();
    english.focus();
    await user.keyboard("{ArrowLeft}");
    expect(await screen.findByRole("link", { name: "科技成果" })).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("zh-CN");
  });
});
