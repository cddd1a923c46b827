import { parseCfnYaml } from "./cfn-yaml";
import { evaluate, EvaluationError } from "./evaluate";

const template = parseCfnYaml(`
Parameters:
  Env: { Type: String, Default: dev, AllowedValues: [dev, prod] }
  Extra: { Type: String, Default: "", AllowedPattern: "^[a-z]*$" }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  HasExtra: !Not [!Equals [!Ref Extra, ""]]
  ProdWithExtra: !And [!Condition IsProd, !Condition HasExtra]
Resources:
  Always:
    Type: T
    Properties:
      Name: !Sub app-\${Env}-\${AWS::Region}
      Arn: !Sub \${Bucket.Arn}/\${Env}/*
      Local: !Sub ["\${A}-\${Env}", { A: !Ref Extra }]
      List:
        - one
        - !If [HasExtra, !Ref Extra, !Ref AWS::NoValue]
      Size: !If [IsProd, 1024, 512]
      Target: !Ref Bucket
  OnlyProdWithExtra:
    Type: T
    Condition: ProdWithExtra
Outputs:
  Plain: { Value: !Ref Env }
  Gated: { Condition: IsProd, Value: yes }
`);

describe("evaluate", () => {
  it("applies defaults, resolves parameters and pseudo parameters, keeps resource references", () => {
    const { Resources, Outputs } = evaluate(template);
    expect(Resources.Always?.Properties).toEqual({
      Name: "app-dev-us-east-2",
      Arn: { "Fn::Sub": "${Bucket.Arn}/dev/*" },
      Local: "-dev",
      List: ["one"],
      Size: 512,
      Target: { Ref: "Bucket" },
    });
    expect(Resources.OnlyProdWithExtra).toBeUndefined();
    expect(Outputs).toEqual({ Plain: { Value: "dev" } });
  });

  it("follows conditions when parameters change them", () => {
    const { Resources, Outputs } = evaluate(template, {
      parameters: { Env: "prod", Extra: "abc" },
      region: "eu-west-1",
    });
    expect(Resources.Always?.Properties).toMatchObject({
      Name: "app-prod-eu-west-1",
      Local: "abc-prod",
      List: ["one", "abc"],
      Size: 1024,
    });
    expect(Resources.OnlyProdWithExtra).toEqual({ Type: "T", Condition: "ProdWithExtra" });
    expect(Outputs?.Gated).toEqual({ Condition: "IsProd", Value: "yes" });
  });

  it("rejects values CloudFormation would reject", () => {
    expect(() => evaluate(template, { parameters: { Env: "test" } })).toThrow(
      new EvaluationError('parameter Env: "test" is not one of dev, prod'),
    );
    expect(() => evaluate(template, { parameters: { Extra: "A1" } })).toThrow(/Extra: "A1" does not match/);
    expect(() => evaluate(template, { parameters: { Unknown: "x" } })).toThrow(
      "parameter Unknown is not declared by the template",
    );
  });

  it("asks for parameters without a default", () => {
    const required = parseCfnYaml("Parameters:\n  Image: { Type: String }\nResources: {}\n");
    expect(() => evaluate(required)).toThrow("parameter Image has no default: give a value");
    expect(evaluate(required, { parameters: { Image: "x" } }).Resources).toEqual({});
  });
});
