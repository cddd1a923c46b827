import { getOctokit } from "@actions/github";
import { commentMarker, upsertComment } from "../src/comment";
import { FakeGitHub } from "./github-server";

const github = new FakeGitHub();
const target = { owner: "family", repo: "trip", issueNumber: 7 };
const octokit = () => getOctokit("ghs_fake-installation-token", { baseUrl: github.url });

beforeAll(() => github.start());
afterAll(() => github.stop());
beforeEach(() => {
  github.comments = [];
  github.requests = [];
  github.readOnly = false;
});

describe("upsertComment", () => {
  test("the first push creates the comment, the second updates the same one", async () => {
    // Enough other comments that the list takes two pages.
    github.addComments(120);
    const first = await upsertComment(octokit(), target, "app", "### `app`: 1 to add");
    expect(first.action).toBe("created");
    const second = await upsertComment(octokit(), target, "app", "### `app`: 2 to add");
    expect(second).toEqual({
      action: "updated",
      id: first.action === "created" ? first.id : -1,
      url: expect.any(String),
    });

    const ours = github.comments.filter((c) => c.body.includes(commentMarker("app")));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toBe("<!-- deploy-stack:app -->\n### `app`: 2 to add");
    expect(github.comments).toHaveLength(121);
    expect(github.requests).toContain("GET /repos/family/trip/issues/7/comments?per_page=100&page=2");
    expect(github.requests.filter((r) => r.startsWith("POST"))).toHaveLength(1);
    expect(github.requests.filter((r) => r.startsWith("PATCH"))).toEqual([
      `PATCH /repos/family/trip/issues/comments/${ours[0]?.id}`,
    ]);
  });

  test("a reply quoting the preview is not mistaken for it", async () => {
    await upsertComment(octokit(), target, "app", "first");
    github.comments.unshift({
      id: 1,
      body: "> <!-- deploy-stack:app -->\n> first\n\nWhy is the bucket replaced?",
      user: { login: "octocat", type: "User" },
    });
    await upsertComment(octokit(), target, "app", "second");
    expect(github.comments.map((c) => c.body)).toEqual([
      "> <!-- deploy-stack:app -->\n> first\n\nWhy is the bucket replaced?",
      "<!-- deploy-stack:app -->\nsecond",
    ]);
  });

  test("each stack has its own comment", async () => {
    await upsertComment(octokit(), target, "app", "app preview");
    await upsertComment(octokit(), target, "frontend", "frontend preview");
    await upsertComment(octokit(), target, "app", "app preview 2");
    expect(github.comments.map((c) => c.body)).toEqual([
      "<!-- deploy-stack:app -->\napp preview 2",
      "<!-- deploy-stack:frontend -->\nfrontend preview",
    ]);
  });

  test("createIfMissing false leaves a missing comment absent but still updates an existing one", async () => {
    expect(await upsertComment(octokit(), target, "app", "no changes", { createIfMissing: false })).toEqual({
      action: "skipped",
    });
    expect(github.comments).toHaveLength(0);
    await upsertComment(octokit(), target, "app", "1 to add");
    const result = await upsertComment(octokit(), target, "app", "no changes", { createIfMissing: false });
    expect(result.action).toBe("updated");
    expect(github.comments[0]?.body).toBe("<!-- deploy-stack:app -->\nno changes");
  });

  test("a fork's read-only token comes back as forbidden, not as an error", async () => {
    github.readOnly = true;
    const result = await upsertComment(octokit(), target, "app", "preview");
    expect(result).toEqual({
      action: "forbidden",
      message: expect.stringContaining("Resource not accessible by integration"),
    });
  });
});
