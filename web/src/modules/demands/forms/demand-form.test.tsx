import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { taxonomy } from "../../../test/fixtures";
import { renderWithApp } from "../../../test/render";
import { DemandForm } from "./demand-form";
import { DemandFormPage } from "./demand-form-page";
import { type DemandFormValues, emptyDemandValues } from "./demand-form-values";

function filled(overrides: Partial<DemandFormValues> = {}): DemandFormValues {
  return {
    ...emptyDemandValues(),
    titleZh: "高导热散热膜",
    summaryZh: "需要导热系数不低于 1500 的散热膜。",
    confidentialZh: "用于下一代手机。",
    indicators: [{ name: "导热系数", target: "≥ 1500", unit: "W/(m·K)" }],
    field: "new_materials.carbon",
    wantedModes: ["JOINT_DEVELOPMENT"],
    budget: { min: 1_000_000, max: 3_000_000, currency: "CNY", negotiable: false },
    deadline: "2030-06-30",
    responseDeadline: "2030-07-31",
    minTrl: 5,
    ...overrides,
  };
}

function renderForm(values: DemandFormValues, language: "zh-CN" | "en" = "zh-CN") {
  const onSubmit = vi.fn(async () => undefined);
  renderWithApp(
    <DemandForm initialValues={values} submitLabel="Save" onSubmit={onSubmit} onCancel={vi.fn()} />,
    { client: makeFakeClient({ taxonomy: () => ({ data: taxonomy }) }).client, language },
  );
  return { onSubmit };
}

describe("exam-paper form", { timeout: 60_000 }, () => {
  it("asks for the indicator, the dates and the modes of an empty paper, sending nothing", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm(emptyDemandValues(), "en");

    await user.click(screen.getByRole("button", { name: "Save" }));

    const indicator = await screen.findByRole("group", { name: "Indicator 1" });
    expect(within(indicator).getAllByText("Required")).toHaveLength(2);
    expect(screen.getAllByText("Enter a valid date")).toHaveLength(2);
    expect(screen.getByText("Choose at least one mode")).toBeInTheDocument();
    expect(screen.getAllByText("Give it in Chinese or English at least")).toHaveLength(2);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("refuses a decision deadline before the answer deadline", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm(filled({ responseDeadline: "2030-06-01" }));

    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("不能早于答卷截止日期")).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("keeps the confidential details apart from the public summary in what it sends", async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm(filled());

    await user.click(screen.getByRole("button", { name: "添加指标" }));
    const second = screen.getByRole("group", { name: "第 2 项指标" });
    await user.type(within(second).getByLabelText("指标名称"), "厚度");
    await user.type(within(second).getByLabelText("目标值"), "≤ 20");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]).toEqual([
      expect.objectContaining({
        summaryZh: "需要导热系数不低于 1500 的散热膜。",
        confidentialZh: "用于下一代手机。",
        confidentialEn: null,
        indicators: [
          { name: "导热系数", target: "≥ 1500", unit: "W/(m·K)" },
          { name: "厚度", target: "≤ 20", unit: null },
        ],
        criteria: ["technical_merit", "feasibility", "cost", "team", "timeline"],
        wantedModes: ["JOINT_DEVELOPMENT"],
        minTrl: 5,
      }),
    ]);
  });
});

const stored = {
  __typename: "Demand",
  id: "dem-1",
  viewerCanReadConfidential: true,
  status: "OPEN",
  owner: { id: "org-ent" },
  titleZh: "高导热散热膜",
  titleEn: null,
  summaryZh: "需要导热系数不低于 1500 的散热膜。",
  summaryEn: null,
  confidentialZh: "用于下一代手机。",
  confidentialEn: null,
  indicators: [{ name: "导热系数", target: "≥ 1500", unit: "W/(m·K)" }],
  field: "new_materials.carbon",
  keywords: [],
  wantedModes: ["JOINT_DEVELOPMENT"],
  budget: { min: 1_000_000, max: 3_000_000, currency: "CNY", negotiable: false },
  deadline: "2030-06-30",
  responseDeadline: "2030-07-31",
  minTrl: 5,
  criteria: ["technical_merit"],
  visibility: "PUBLIC",
  region: { country: "CN", province: "云南省", city: "昆明市" },
  accessGrants: [
    {
      kind: "nda",
      grantedAt: "2026-10-01T08:00:00Z",
      organization: { id: "org-a", nameZh: "云南大学", nameEn: "Yunnan University" },
    },
  ],
};

const organizations = {
  organizations: {
    edges: [
      { node: { id: "org-ent", kind: "ENTERPRISE", nameZh: "滇能科技", nameEn: "Dianneng" } },
      {
        node: { id: "org-a", kind: "UNIVERSITY", nameZh: "云南大学", nameEn: "Yunnan University" },
      },
      { node: { id: "org-b", kind: "UNIVERSITY", nameZh: "昆明理工大学", nameEn: "KUST" } },
      { node: { id: "org-c", kind: "BROKER_AGENCY", nameZh: "技术经纪所", nameEn: "Brokers" } },
    ],
  },
};

describe("edit-exam-paper page", { timeout: 60_000 }, () => {
  function renderEdit(handlers: Parameters<typeof makeFakeClient>[0]) {
    const fake = makeFakeClient({
      demandForEdit: () => ({ data: { demand: stored } }),
      taxonomy: () => ({ data: taxonomy }),
      invitableOrganizations: () => ({ data: organizations }),
      ...handlers,
    });
    renderWithApp(
      <Routes>
        <Route path="/workspace/demands/:id/edit" element={<DemandFormPage />} />
      </Routes>,
      { client: fake.client, route: "/workspace/demands/dem-1/edit" },
    );
    return fake;
  }

  it("puts the API's deadline error under the deadline and keeps the typed text", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderEdit({
      updateDemand: () => ({
        error: {
          message: "input.deadline: must not be in the past for an open exam paper",
          code: "BAD_USER_INPUT",
          issues: [
            { path: "input.deadline", message: "must not be in the past for an open exam paper" },
          ],
        },
      }),
    });

    await user.type(await screen.findByLabelText("英文标题"), "Heat film");
    await user.click(screen.getByRole("button", { name: "保存修改" }));

    expect(await screen.findByText("日期已过，请改为今天或以后")).toBeInTheDocument();
    expect(variablesOf(executeMutation, "UpdateDemand")).toHaveLength(1);
    expect(screen.getByLabelText("英文标题")).toHaveValue("Heat film");
    expect(screen.getByLabelText("保密详情（中文）")).toHaveValue("用于下一代手机。");
  });

  it("invites only institutes that can answer and are not in yet, and lists who has access", async () => {
    const user = userEvent.setup();
    const { executeMutation } = renderEdit({
      inviteToDemand: () => ({ data: { inviteToDemand: { id: "dem-1", accessGrants: [] } } }),
    });

    expect(await screen.findByText("已签保密协议")).toBeInTheDocument();
    await user.click(screen.getByLabelText("要邀请的机构"));
    const listbox = await screen.findByRole("listbox");
    expect(within(listbox).queryByText("云南大学")).not.toBeInTheDocument();
    expect(within(listbox).queryByText("技术经纪所")).not.toBeInTheDocument();
    await user.click(await screen.findByTitle("昆明理工大学"));
    await user.click(screen.getByRole("button", { name: "邀请" }));

    await waitFor(() =>
      expect(variablesOf(executeMutation, "InviteToDemand")).toEqual([
        { demandId: "dem-1", orgId: "org-b" },
      ]),
    );
  });

  it("shows a refused invitation under the organization picker", async () => {
    const user = userEvent.setup();
    renderEdit({
      inviteToDemand: () => ({
        error: {
          message: "orgId: this kind of organization cannot answer exam papers",
          code: "BAD_USER_INPUT",
          issues: [
            { path: "orgId", message: "this kind of organization cannot answer exam papers" },
          ],
        },
      }),
    });

    await user.click(await screen.findByLabelText("要邀请的机构"));
    await user.click(await screen.findByTitle("昆明理工大学"));
    await user.click(screen.getByRole("button", { name: "邀请" }));

    expect(await screen.findByText("该类型的机构不能答卷")).toBeInTheDocument();
  });
});
