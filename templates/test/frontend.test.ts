import { Match } from "aws-cdk-lib/assertions";
import { deployed, statementsOf } from "./templates";

const account = "123456789012";
const { json, template } = deployed("frontend");
const resourceOfType = (type: string) => {
  const found = Object.entries(json.Resources).filter(([, r]) => r.Type === type);
  expect(found).toHaveLength(1);
  return found[0] as [string, (typeof json.Resources)[string]];
};

describe("frontend.yaml: private bucket", () => {
  it("blocks all public access, encrypts with AES256 and enforces bucket ownership (no ACLs)", () => {
    template.resourceCountIs("AWS::S3::Bucket", 1);
    template.hasResourceProperties("AWS::S3::Bucket", {
      BucketName: `trip-assistant-frontend-dev-${account}`,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
    });
    const [, bucket] = resourceOfType("AWS::S3::Bucket");
    expect(bucket.Properties?.WebsiteConfiguration).toBeUndefined();
    expect(bucket.Properties?.AccessControl).toBeUndefined();
  });

  it("lets only this distribution read objects, and nobody else anything", () => {
    const [bucketId] = resourceOfType("AWS::S3::Bucket");
    const [distributionId] = resourceOfType("AWS::CloudFront::Distribution");
    const [, policy] = resourceOfType("AWS::S3::BucketPolicy");
    expect(policy.Properties?.Bucket).toEqual({ Ref: bucketId });
    const allows = statementsOf(policy).filter((s) => s.Effect === "Allow");
    expect(allows).toEqual([
      {
        Sid: "AllowThisDistributionOnly",
        Effect: "Allow",
        Principal: { Service: "cloudfront.amazonaws.com" },
        Action: "s3:GetObject",
        Resource: { "Fn::Sub": `\${${bucketId}.Arn}/*` },
        Condition: {
          StringEquals: {
            "AWS:SourceArn": {
              "Fn::Sub": `arn:aws:cloudfront::${account}:distribution/\${${distributionId}}`,
            },
          },
        },
      },
    ]);
  });

  it("refuses plain-HTTP access to the bucket", () => {
    const [, policy] = resourceOfType("AWS::S3::BucketPolicy");
    expect(statementsOf(policy).filter((s) => s.Effect === "Deny")).toEqual([
      expect.objectContaining({ Condition: { Bool: { "aws:SecureTransport": "false" } } }),
    ]);
  });
});

describe("frontend.yaml: CloudFront", () => {
  it("signs every origin request with sigv4 through an Origin Access Control", () => {
    template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", {
      OriginAccessControlConfig: {
        OriginAccessControlOriginType: "s3",
        SigningBehavior: "always",
        SigningProtocol: "sigv4",
      },
    });
  });

  it("serves the bucket through the OAC (no legacy identity), HTTPS only, cheapest price class", () => {
    const [bucketId] = resourceOfType("AWS::S3::Bucket");
    const [oacId] = resourceOfType("AWS::CloudFront::OriginAccessControl");
    const [headersId] = resourceOfType("AWS::CloudFront::ResponseHeadersPolicy");
    template.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        Enabled: true,
        DefaultRootObject: "index.html",
        PriceClass: "PriceClass_100",
        Origins: [
          Match.objectLike({
            Id: "frontend-bucket",
            DomainName: { "Fn::GetAtt": [bucketId, "RegionalDomainName"] },
            OriginAccessControlId: { "Fn::GetAtt": [oacId, "Id"] },
            S3OriginConfig: { OriginAccessIdentity: "" },
          }),
        ],
        DefaultCacheBehavior: Match.objectLike({
          TargetOriginId: "frontend-bucket",
          ViewerProtocolPolicy: "redirect-to-https",
          // The managed "CachingOptimized" policy.
          CachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6",
          ResponseHeadersPolicyId: { Ref: headersId },
          AllowedMethods: ["GET", "HEAD"],
        }),
        ViewerCertificate: { CloudFrontDefaultCertificate: true },
      }),
    });
  });

  it("answers unknown paths with the app (403 and 404 → /index.html, 200) for client-side routing", () => {
    template.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        CustomErrorResponses: [
          Match.objectLike({ ErrorCode: 403, ResponseCode: 200, ResponsePagePath: "/index.html" }),
          Match.objectLike({ ErrorCode: 404, ResponseCode: 200, ResponsePagePath: "/index.html" }),
        ],
      }),
    });
  });

  it("adds security headers: HSTS, nosniff, DENY framing, a referrer policy and a CSP", () => {
    const [, policy] = resourceOfType("AWS::CloudFront::ResponseHeadersPolicy");
    const config = policy.Properties?.ResponseHeadersPolicyConfig as {
      SecurityHeadersConfig: Record<string, Record<string, unknown>>;
    };
    const headers = config.SecurityHeadersConfig;
    expect(headers.StrictTransportSecurity).toMatchObject({ IncludeSubdomains: true, Override: true });
    expect(headers.StrictTransportSecurity?.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.FrameOptions).toEqual({ FrameOption: "DENY", Override: true });
    expect(headers.ReferrerPolicy).toEqual({
      ReferrerPolicy: "strict-origin-when-cross-origin",
      Override: true,
    });
    const csp = String(headers.ContentSecurityPolicy?.ContentSecurityPolicy);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("https://*.execute-api.us-east-2.amazonaws.com");
    expect(csp).toContain("https://cognito-idp.us-east-2.amazonaws.com");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp.length).toBeLessThanOrEqual(1783);
  });
});

describe("frontend.yaml: outputs", () => {
  it("publishes bucket, distribution and URL under the names the pipeline uses", () => {
    const [bucketId] = resourceOfType("AWS::S3::Bucket");
    const [distributionId] = resourceOfType("AWS::CloudFront::Distribution");
    template.hasOutput("FrontendBucketName", { Value: { Ref: bucketId } });
    template.hasOutput("FrontendBucketArn", { Value: { "Fn::GetAtt": [bucketId, "Arn"] } });
    template.hasOutput("CloudFrontDistributionId", { Value: { Ref: distributionId } });
    template.hasOutput("CloudFrontDistributionArn", {
      Value: { "Fn::Sub": `arn:aws:cloudfront::${account}:distribution/\${${distributionId}}` },
    });
    template.hasOutput("CloudFrontDomainName", { Value: { "Fn::GetAtt": [distributionId, "DomainName"] } });
    template.hasOutput("CloudFrontUrl", { Value: { "Fn::Sub": `https://\${${distributionId}.DomainName}` } });
  });
});
