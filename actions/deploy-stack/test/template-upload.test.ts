import { createHash } from "node:crypto";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import { parseTemplate } from "../src/template";
import { uploadTemplate } from "../src/template-upload";

test("an oversized template goes to S3 under its content hash and comes back as a regional URL", async () => {
  const s3 = new S3Client({
    region: "eu-west-1",
    credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "secret" },
  });
  const mock = mockClient(s3);
  mock.on(PutObjectCommand).resolves({ ETag: '"9b2cf535f27731c974343645a3985328"' });
  const body = `Resources:\n${Array.from({ length: 3000 }, (_, i) => `  Topic${i}:\n    Type: AWS::SNS::Topic\n`).join("")}`;
  const template = parseTemplate("templates/big.yaml", body);
  expect(template.bytes).toBeGreaterThan(51_200);

  const url = await uploadTemplate(s3, "trip-artifacts", template);

  const hash = createHash("sha256").update(body).digest("hex");
  expect(mock.commandCalls(PutObjectCommand).map((c) => c.args[0].input)).toEqual([
    { Bucket: "trip-artifacts", Key: `deploy-stack/${hash}.template`, Body: body, ContentType: "text/plain" },
  ]);
  expect(url).toBe(`https://trip-artifacts.s3.eu-west-1.amazonaws.com/deploy-stack/${hash}.template`);
});
