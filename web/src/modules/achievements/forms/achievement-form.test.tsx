import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { taxonomy } from "../../../test/fixtures";
import { renderWithApp } from "../../../test/render";
import { AchievementForm } from "./achievement-form";
import { AchievementFormPage } from "./achievement-form-page";
import { type AchievementFormValues, emptyAchievementValues } from "./achievement-form-values";

function filled(overrides: Partial<AchievementFormValues> = {}): AchievementFormValues {
  return {
    ...emptyAchievementValues(),
    titleZh: "  高导热石墨烯散热膜  ",
    summaryZh: "卷对卷连续生产。",
    field: "new_materials.carbon",
    trl: 6,
    transferModes: ["EXCLUSIVE_LICENCE"],
    price: { min: 500_000, max: 2_000_000, currency: "CNY", negotiable: false },
    ...overrides,
  };
}

function renderForm(initialValues: AchievementFormValues, language: "zh-CN" | "en" = "zh-CN") {
  const onSubmit = vi.fn(async () => undefined);
  const { client } = makeFakeClient({ taxonomy: () => ({ data: taxonomy }) });
  renderWithApp(
    <AchievementForm
      initialValues={initialValues}
      submitLabel={language === "en" ? "Save draft" : "保存草稿"}
      onSubmit={onSubmit}
      onCancel={vi.fn()}
    />,
    { client, language },
  );
  return { onSubmit };
}

describe("achievement form", { timeout: 60_000 }, () => {
  it("checks an empty form with the domain schema and names every missing field, sending nothing", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm(emptyAchievementValues());

    await user.click(screen.getByRole("button", { name: "保存草稿" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("需要修改");
    expect(screen.getAllByText("中文或英文至少填写一种")).toHaveLength(2);
    expect(screen.getByText("至少选择一种方式")).toBeInTheDocument();
    expect(screen.getByText("请填写金额，或勾选“可议价”")).toBeInTheDocument();
    expect(screen.getByText("请选择技术成熟度等级（1–9 级）")).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("says in English what the readiness level expects when it is missing", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm(filled({ trl: null }), "en");

    await user.click(screen.getByRole("button", { name: "Save draft" }));

    expect(
      await screen.findByText("Choose the technology readiness level, 1–9"),
    ).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("refuses to grant a negative-list achievement to the team, citing measure 2", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm(
      filled({ negativeList: true, rightsStatus: "TEAM_OWNERSHIP" }),
      "en",
    );

    await user.click(screen.getByRole("button", { name: "Save draft" }));

    expect(
      await screen.findByText(
        "Achievements on the negative list cannot be granted to the team (measure 2)",
      ),
    ).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("asks for at least ten years of long-term use right", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm(filled({ rightsStatus: "LONG_TERM_USE", rightsUseYears: 5 }));

    expect(screen.getByLabelText("长期使用权年限")).toHaveValue("5");
    await user.click(screen.getByRole("button", { name: "保存草稿" }));

    expect(await screen.findByText("长期使用权不少于 10 年（第二条）")).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("sends trimmed text, upper-case enums and an IP asset added in the form", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm(filled());

    await user.click(screen.getByRole("button", { name: "添加知识产权" }));
    const ip = screen.getByRole("group", { name: "第 1 项知识产权" });
    await user.type(within(ip).getByLabelText("专利号或登记号"), "CN114081026A");
    await user.type(screen.getByLabelText("英文名称"), "Graphene film");
    await user.click(screen.getByRole("button", { name: "保存草稿" }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]).toEqual([
      expect.objectContaining({
        titleZh: "高导热石墨烯散热膜",
        titleEn: "Graphene film",
        summaryEn: null,
        transferModes: ["EXCLUSIVE_LICENCE"],
        rightsStatus: "UNIT_RETAINED",
        rightsUseYears: null,
        visibility: "PUBLIC",
        region: { country: "CN", province: "", city: "" },
        ipAssets: [
          {
            number: "CN114081026A",
            title: null,
            kind: "INVENTION_PATENT",
            status: "GRANTED",
            expiresOn: null,
          },
        ],
      }),
    ]);
  });

  it("removes an IP asset with its labelled button", async () => {
    const user = userEvent.setup();
    renderForm(filled());
    await user.click(screen.getByRole("button", { name: "添加知识产权" }));
    expect(screen.getByRole("group", { name: "第 1 项知识产权" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "删除第 1 项知识产权" }));
    expect(screen.queryByRole("group", { name: "第 1 项知识产权" })).not.toBeInTheDocument();
  });
});

const stored = {
  __typename: "Achievement",
  id: "ach-1",
  viewerCanEdit: true,
  status: "DRAFT",
  owner: { id: "org-1" },
  titleZh: "石墨烯散热膜",
  titleEn: null,
  summaryZh: "卷对卷连续生产。",
  summaryEn: null,
  descriptionZh: null,
  descriptionEn: null,
  field: "new_materials.carbon",
  keywords: ["石墨烯"],
  trl: 6,
  team: [],
  ipAssets: [
    { number: "CN1", title: null, kind: "INVENTION_PATENT", status: "GRANTED", expiresOn: null },
  ],
  transferModes: ["TRANSFER"],
  price: { min: null, max: null, currency: "CNY", negotiable: true },
  publiclyFunded: false,
  rightsStatus: "UNIT_RETAINED",
  rightsUseYears: null,
  negativeList: false,
  visibility: "PUBLIC",
  region: { country: "CN", province: "云南省", city: "昆明市" },
};

describe("edit-achievement page", { timeout: 60_000 }, () => {
  function renderEdit(update: Parameters<typeof makeFakeClient>[0][string]) {
    const fake = makeFakeClient({
      achievementForEdit: () => ({ data: { achievement: stored } }),
      taxonomy: () => ({ data: taxonomy }),
      updateAchievement: update,
    });
    renderWithApp(
      <Routes>
        <Route path="/workspace/achievements/:id/edit" element={<AchievementFormPage />} />
        <Route path="/workspace" element={<p>workspace</p>} />
      </Routes>,
      { client: fake.client, route: "/workspace/achievements/ach-1/edit" },
    );
    return fake;
  }

  it("shows the API's field error next to that field and keeps what was typed", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderEdit(() => ({
      error: {
        message: "input.ipAssets.0.number: must not be empty",
        code: "BAD_USER_INPUT",
        issues: [{ path: "input.ipAssets.0.number", message: "must be at most 40 characters" }],
      },
    }));

    const title = await screen.findByLabelText("英文名称");
    await user.type(title, "Graphene film");
    await user.click(screen.getByRole("button", { name: "保存修改" }));

    const ip = screen.getByRole("group", { name: "第 1 项知识产权" });
    expect(await within(ip).findByText("不能超过 40 个字符")).toBeInTheDocument();
    expect(variablesOf(executeMutation, "UpdateAchievement")).toHaveLength(1);
    expect(screen.getByLabelText("英文名称")).toHaveValue("Graphene film");
    expect(screen.getByLabelText("中文名称")).toHaveValue("石墨烯散热膜");
  });

  it("saves every field and returns to the workspace", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderEdit(() => ({
      data: { updateAchievement: stored },
    }));

    await user.click(await screen.findByRole("button", { name: "保存修改" }));

    expect(await screen.findByText("workspace")).toBeInTheDocument();
    const [variables] = variablesOf(executeMutation, "UpdateAchievement");
    expect(variables).toMatchObject({
      id: "ach-1",
      input: {
        titleZh: "石墨烯散热膜",
        keywords: ["石墨烯"],
        price: { min: null, max: null, currency: "CNY", negotiable: true },
        region: { country: "CN", province: "云南省", city: "昆明市" },
      },
    });
  });
});
