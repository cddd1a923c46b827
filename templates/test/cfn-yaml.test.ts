import { CfnYamlError, parseCfnYaml } from "./cfn-yaml";

const wrap = (body: string) => `Resources:\n  R:\n    Type: T\n    Properties:\n${body}`;
const props = (body: string) => parseCfnYaml(wrap(body)).Resources.R?.Properties;

describe("parseCfnYaml", () => {
  it("turns scalar short forms into their long JSON forms", () => {
    expect(
      props(
        [
          "      a: !Ref Bucket",
          "      b: !Sub arn:${AWS::Partition}:s3:::x",
          "      c: !Base64 hello",
          "      d: !ImportValue shared-export",
          "      e: !GetAZs ''",
          "      f: !Condition IsProd",
        ].join("\n"),
      ),
    ).toEqual({
      a: { Ref: "Bucket" },
      b: { "Fn::Sub": "arn:${AWS::Partition}:s3:::x" },
      c: { "Fn::Base64": "hello" },
      d: { "Fn::ImportValue": "shared-export" },
      e: { "Fn::GetAZs": "" },
      f: { Condition: "IsProd" },
    });
  });

  it("splits !GetAtt at the first dot only, and keeps the sequence form", () => {
    expect(props("      a: !GetAtt Db.Endpoint.Address\n      b: !GetAtt [Fn, Arn]")).toEqual({
      a: { "Fn::GetAtt": ["Db", "Endpoint.Address"] },
      b: { "Fn::GetAtt": ["Fn", "Arn"] },
    });
  });

  it("nests intrinsics inside sequences and mappings, flow and block style", () => {
    const parsed = props(
      [
        "      a: !If [Cond, !Sub '${X}-y', !Ref AWS::NoValue]",
        "      b: !Join",
        '        - ""',
        "        - - a",
        "          - !Select [0, !Split [',', !Ref List]]",
        "      c: !Sub",
        "        - ${Name}-z",
        "        - Name: !GetAtt Thing.Name",
        "      d: !Equals [!Ref Env, prod]",
        "      e: !And [!Not [!Condition A], !Or [!Condition B, !Condition C]]",
        "      f: !FindInMap [Map, !Ref AWS::Region, Key]",
        "      g: !Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }",
      ].join("\n"),
    );
    expect(parsed).toEqual({
      a: { "Fn::If": ["Cond", { "Fn::Sub": "${X}-y" }, { Ref: "AWS::NoValue" }] },
      b: { "Fn::Join": ["", ["a", { "Fn::Select": [0, { "Fn::Split": [",", { Ref: "List" }] }] }]] },
      c: { "Fn::Sub": ["${Name}-z", { Name: { "Fn::GetAtt": ["Thing", "Name"] } }] },
      d: { "Fn::Equals": [{ Ref: "Env" }, "prod"] },
      e: {
        "Fn::And": [
          { "Fn::Not": [{ Condition: "A" }] },
          { "Fn::Or": [{ Condition: "B" }, { Condition: "C" }] },
        ],
      },
      f: { "Fn::FindInMap": ["Map", { Ref: "AWS::Region" }, "Key"] },
      g: { "Fn::Transform": { Name: "AWS::Include", Parameters: { Location: "s3://b/k" } } },
    });
  });

  it("leaves long forms and plain values as they are", () => {
    expect(
      props('      a: { "Fn::GetAtt": [X, Arn] }\n      b: "2010-09-09"\n      c: 512\n      d: true'),
    ).toEqual({
      a: { "Fn::GetAtt": ["X", "Arn"] },
      b: "2010-09-09",
      c: 512,
      d: true,
    });
  });

  it("rejects an unknown tag, naming it and the line", () => {
    expect(() => parseCfnYaml(wrap("      a: !Reff Bucket"), "x.yaml")).toThrow(
      /x\.yaml is not a valid CloudFormation YAML template: Unresolved tag: !Reff at line 5/,
    );
  });

  it("rejects !Ref and !Condition on a collection, and a !GetAtt without an attribute", () => {
    expect(() => props("      a: !Ref [A, B]")).toThrow(/!Ref expects a single name, got a seq/);
    expect(() => props("      a: !Condition { A: B }")).toThrow(
      /!Condition expects a single name, got a map/,
    );
    expect(() => props("      a: !GetAtt Bucket")).toThrow(
      /!GetAtt expects "LogicalId.Attribute", got "Bucket"/,
    );
  });

  it("rejects duplicate keys, which CloudFormation would silently collapse", () => {
    expect(() => parseCfnYaml("Resources:\n  A: { Type: T }\n  A: { Type: U }\n")).toThrow(CfnYamlError);
  });

  it("requires a Resources mapping", () => {
    expect(() => parseCfnYaml("Outputs: {}\n", "empty.yaml")).toThrow(
      "empty.yaml is not a valid CloudFormation YAML template: Resources: expected a mapping of logical ids to resources",
    );
    expect(() => parseCfnYaml("- a\n")).toThrow(/expected a mapping at the top level/);
  });
});
