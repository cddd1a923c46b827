import { table, details } from "../src/markdown";

test("table escapes pipes and newlines inside cells", () => {
  expect(table(["Id", "Reason"], [["Bucket", "a | b\nc"]])).toBe(
    "| Id | Reason |\n| --- | --- |\n| Bucket | a \\| b<br>c |",
  );
});

test("details leaves a blank line so Markdown renders inside", () => {
  expect(details("3 properties", "- A")).toBe(
    "<details><summary>3 properties</summary>\n\n- A\n\n</details>",
  );
});
