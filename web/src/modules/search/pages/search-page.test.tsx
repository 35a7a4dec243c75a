import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { makeFakeClient, variablesOf } from "../../../test/fake-client";
import { achievementNode, taxonomy } from "../../../test/fixtures";
import { LocationProbe } from "../../../test/location-probe";
import { renderWithApp } from "../../../test/render";
import { SearchPage } from "./search-page";

function results({
  total = 2,
  hasNextPage = false,
  edges = [
    {
      cursor: "c1",
      highlights: [
        { field: "titleZh", snippet: "高导热<mark>石墨烯</mark>散热膜" },
        { field: "summaryZh", snippet: "&lt;img src=x onerror=alert(1)&gt; <mark>石墨烯</mark>膜" },
      ],
      node: { ...achievementNode(), owner: { ...achievementNode().owner, kind: "UNIVERSITY" } },
    },
  ],
} = {}) {
  return {
    search: {
      totalEstimate: total,
      tookMs: 3,
      pageInfo: { hasNextPage, endCursor: hasNextPage ? "next-1" : null },
      facets: [
        {
          facet: "FIELD_TOP",
          values: [
            { value: "new_materials", count: 2 },
            { value: "biomedicine", count: 1 },
          ],
        },
        { facet: "TRL", values: [{ value: "6", count: 2 }] },
        { facet: "MODES", values: [{ value: "exclusive_licence", count: 2 }] },
        { facet: "PROVINCE", values: [{ value: "云南省", count: 2 }] },
        { facet: "ORG_KIND", values: [{ value: "university", count: 2 }] },
      ],
      edges,
    },
  };
}

function renderSearch(
  route: string,
  search: Parameters<typeof makeFakeClient>[0]["search"] = () => ({ data: results() }),
  language: "zh-CN" | "en" = "zh-CN",
) {
  const fake = makeFakeClient({
    taxonomy: () => ({ data: taxonomy }),
    search,
    suggest: () => ({ data: { suggest: [] } }),
  });
  const view = renderWithApp(
    <>
      <Routes>
        <Route path="/search" element={<SearchPage />} />
      </Routes>
      <LocationProbe />
    </>,
    { client: fake.client, route, language },
  );
  return { ...fake, ...view };
}

describe("search page", () => {
  it("reads the words, filters and sort from the URL and asks the API for them", async () => {
    const { executeQuery } = renderSearch(
      "/search?q=石墨烯&fieldTop=new_materials&trlMin=5&modes=EXCLUSIVE_LICENCE&sort=newest",
    );
    expect(
      await screen.findByRole("heading", { level: 1, name: "“石墨烯”的搜索结果" }),
    ).toBeVisible();
    expect(variablesOf(executeQuery, "Search")[0]).toEqual({
      query: "石墨烯",
      kind: "ACHIEVEMENT",
      filter: { fieldTop: ["new_materials"], trlMin: 5, modes: ["EXCLUSIVE_LICENCE"] },
      sort: { by: "PUBLISHED_AT", direction: "DESC" },
      locale: "ZH_CN",
      facets: ["FIELD_TOP", "TRL", "MODES", "PROVINCE", "ORG_KIND"],
      first: 10,
      after: null,
    });
    expect(await screen.findByText("约 2 条结果")).toBeVisible();
  });

  it("marks the matched words and shows markup in a snippet as text, never as HTML", async () => {
    renderSearch("/search?q=石墨烯");
    const link = await screen.findByRole("link", {
      name: "查看成果详情：高导热石墨烯散热膜制备技术",
    });
    expect(within(link).getByText("石墨烯").tagName).toBe("MARK");
    expect(screen.getByText("<img src=x onerror=alert(1)>", { exact: false })).toBeVisible();
    expect(document.querySelector(".search-result img")).toBeNull();
  });

  it("shows facet counts and puts a chosen facet into the URL", async () => {
    const user = userEvent.setup();
    const { executeQuery } = renderSearch("/search?q=膜");
    const field = await screen.findByRole("group", { name: "技术领域" });
    const biomedicine = within(field).getByRole("checkbox", { name: "生物医药（1 项）" });
    expect(screen.getByRole("checkbox", { name: "独占许可（2 项）" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "高校（2 项）" })).toBeInTheDocument();

    await user.click(biomedicine);

    await waitFor(() =>
      expect(screen.getByTestId("location")).toHaveTextContent(
        "/search?q=%E8%86%9C&fieldTop=biomedicine",
      ),
    );
    await waitFor(() =>
      expect(variablesOf(executeQuery, "Search").at(-1)?.filter).toEqual({
        fieldTop: ["biomedicine"],
      }),
    );
  });

  it("names Chinese places in English on English pages and keeps the province filter as stored", async () => {
    const user = userEvent.setup();
    const node = {
      ...achievementNode({
        region: {
          country: "CN",
          province: "云南省",
          city: "昆明市",
          provinceEn: "Yunnan",
          cityEn: "Kunming",
        },
      }),
      owner: { ...achievementNode().owner, kind: "UNIVERSITY" },
    };
    const { executeQuery } = renderSearch(
      "/search?q=graphene",
      () => ({ data: results({ edges: [{ cursor: "c1", highlights: [], node }] }) }),
      "en",
    );
    expect(await screen.findByText("Kunming, Yunnan, China", { exact: false })).toBeVisible();
    expect(screen.queryByText(/昆明市|云南省/)).toBeNull();

    await user.click(screen.getByRole("checkbox", { name: /^Yunnan/ }));
    await waitFor(() =>
      expect(variablesOf(executeQuery, "Search").at(-1)?.filter).toEqual({ province: ["云南省"] }),
    );
  });

  it("switches to exam papers in the URL and loads further pages by cursor", async () => {
    const user = userEvent.setup();
    const { executeQuery } = renderSearch("/search?q=膜", (vars) =>
      vars.after
        ? {
            data: results({
              edges: [
                {
                  cursor: "c2",
                  highlights: [],
                  node: {
                    ...achievementNode({ id: "ach-2", titleZh: "第二项成果" }),
                    owner: {
                      id: "org-1",
                      nameZh: "昆明理工大学",
                      nameEn: "KUST",
                      kind: "UNIVERSITY",
                    },
                  },
                },
              ],
            }),
          }
        : { data: results({ total: 11, hasNextPage: true }) },
    );
    await user.click(await screen.findByRole("button", { name: "加载更多" }));
    expect(await screen.findByRole("link", { name: "查看成果详情：第二项成果" })).toBeVisible();
    expect(variablesOf(executeQuery, "Search").some((v) => v.after === "next-1")).toBe(true);

    await user.click(screen.getByRole("tab", { name: "企业出卷" }));
    await waitFor(() =>
      expect(screen.getByTestId("location")).toHaveTextContent("/search?q=%E8%86%9C&kind=demand"),
    );
    await waitFor(() => expect(variablesOf(executeQuery, "Search").at(-1)?.kind).toBe("DEMAND"));
  });

  it("says what to try next when nothing matches, in English", async () => {
    const user = userEvent.setup();
    renderSearch(
      "/search?q=zzz&orgKind=HOSPITAL",
      () => ({ data: results({ total: 0, edges: [] }) }),
      "en",
    );
    expect(await screen.findByText("No results for “zzz”")).toBeVisible();
    expect(screen.getByText("Try fewer filters, or clear them all.")).toBeVisible();
    await user.click(screen.getAllByRole("button", { name: "Clear filters" })[0] as HTMLElement);
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/search?q=zzz"));
  });
});
