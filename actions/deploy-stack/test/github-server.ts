import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

/**
 * Just enough of GitHub's REST API for issue comments: list (paged with a Link header, as
 * GitHub does), create and update. `readOnly` answers writes the way GitHub answers a
 * fork's read-only token.
 */
export class FakeGitHub {
  comments: FakeComment[] = [];
  requests: string[] = [];
  readOnly = false;
  private server: Server | undefined;
  private nextId = 1000;

  get url(): string {
    const { port } = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  addComments(count: number, login = "octocat"): void {
    for (let i = 0; i < count; i++) {
      this.comments.push({ id: this.nextId++, body: `comment ${i}`, user: { login, type: "User" } });
    }
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const url = new URL(req.url ?? "/", this.url);
    this.requests.push(`${req.method} ${url.pathname}${url.search}`);
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const html = (id: number) =>
      `https://github.com/${list?.[1] ?? one?.[1]}/${list?.[2] ?? one?.[2]}/pull/7#issuecomment-${id}`;
    const forbidden = {
      status: 403,
      body: {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
        status: "403",
      },
    };
    if (list && req.method === "GET") {
      const perPage = Number(url.searchParams.get("per_page") ?? 30);
      const page = Number(url.searchParams.get("page") ?? 1);
      const slice = this.comments.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < this.comments.length) {
        const next = new URL(url);
        next.searchParams.set("page", String(page + 1));
        headers.link = `<${next}>; rel="next"`;
      }
      return { status: 200, body: slice.map((c) => ({ ...c, html_url: html(c.id) })), headers };
    }
    if (list && req.method === "POST") {
      if (this.readOnly) return forbidden;
      const comment = {
        id: this.nextId++,
        body: JSON.parse(raw).body,
        user: { login: "github-actions[bot]", type: "Bot" },
      };
      this.comments.push(comment);
      return { status: 201, body: { ...comment, html_url: html(comment.id) } };
    }
    if (one && req.method === "PATCH") {
      if (this.readOnly) return forbidden;
      const comment = this.comments.find((c) => c.id === Number(one[3]));
      if (!comment) return { status: 404, body: { message: "Not Found" } };
      comment.body = JSON.parse(raw).body;
      return { status: 200, body: { ...comment, html_url: html(comment.id) } };
    }
    return { status: 404, body: { message: "Not Found" } };
  }
}
