import { screen } from "@testing-library/react";
import { Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { type FakeAnswer, makeFakeClient } from "../../../test/fake-client";
import { renderWithApp } from "../../../test/render";
import { matchNode } from "../../matches/test-match";
import { BrokerQueuePage } from "./broker-queue-page";

function renderPage(
  handlers: Record<string, (v: Record<string, unknown>) => FakeAnswer>,
  route = "/broker",
  language: "zh-CN" | "en" = "zh-CN",
) {
  const fake = makeFakeClient(handlers);
  renderWithApp(
    <Routes>
      <Route path="/broker" element={<BrokerQueuePage />} />
    </Routes>,
    { client: fake.client, route, language },
  );
  return fake;
}

describe("broker queue", { timeout: 60_000 }, () => {
  it("shows both sides of each pair to a broker", async () => {
    renderPage(
      {
        brokerQueue: () => ({
          data: {
            brokerQueue: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: [{ cursor: "c0", node: matchNode() }],
            },
          },
        }),
      },
      "/broker",
    );

    expect(await screen.findByRole("link", { name: "高导热石墨烯散热膜需求" })).toHaveAttribute(
      "href",
      "/demands/dem-1",
    );
    expect(screen.getByRole("link", { name: "高导热石墨烯散热膜" })).toHaveAttribute(
      "href",
      "/achievements/ach-1",
    );
    expect(
      screen.getByRole("button", {
        name: "标记已联系：高导热石墨烯散热膜需求 ↔ 高导热石墨烯散热膜",
      }),
    ).toBeInTheDocument();
  });

  it("says the queue is empty and where new pairs come from", async () => {
    renderPage({
      brokerQueue: () => ({
        data: {
          brokerQueue: {
            totalCount: 0,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      }),
    });

    expect(await screen.findByText("队列已清空")).toBeInTheDocument();
  });

  it("tells someone who is not a broker what the queue is for", async () => {
    renderPage(
      {
        brokerQueue: () => ({
          error: { message: "only brokers have a match queue", code: "FORBIDDEN" },
        }),
      },
      "/broker",
      "en",
    );

    expect(await screen.findByText("For technology brokers only")).toBeInTheDocument();
  });
});
