import { InputError, Inputs } from "../src/inputs";

const inputs = (values: Record<string, string>) => new Inputs((name) => values[name] ?? "");

describe("Inputs", () => {
  test("required names the missing input", () => {
    expect(() => inputs({}).required("stack-name")).toThrow('Input "stack-name": is required and was empty');
  });

  test("boolean accepts YAML core-schema values and rejects the rest", () => {
    expect(inputs({ wait: "True" }).boolean("wait", false)).toBe(true);
    expect(inputs({}).boolean("wait", true)).toBe(true);
    expect(() => inputs({ wait: "yes" }).boolean("wait", false)).toThrow(/"wait": expected true or false/);
  });

  test("integer enforces whole numbers and bounds", () => {
    expect(inputs({ n: "30" }).integer("n", { min: 1, max: 360 })).toBe(30);
    expect(inputs({}).integer("n", { fallback: 5 })).toBe(5);
    expect(() => inputs({ n: "1.5" }).integer("n")).toThrow(/expected a whole number/);
    expect(() => inputs({ n: "0" }).integer("n", { min: 1, max: 360 })).toThrow(/from 1 to 360, got 0/);
  });

  test("oneOf lists the allowed values", () => {
    expect(inputs({ mode: "preview" }).oneOf("mode", ["deploy", "preview"], "deploy")).toBe("preview");
    expect(inputs({}).oneOf("mode", ["deploy", "preview"], "deploy")).toBe("deploy");
    expect(() => inputs({ mode: "apply" }).oneOf("mode", ["deploy", "preview"])).toThrow(
      'Input "mode": expected one of deploy, preview, got "apply"',
    );
  });

  test("keyValues keeps commas and later equals signs in values", () => {
    const text = "\n# comment\nCorsOrigins=https://a.example,http://localhost:5173\nQuery = a=b\n";
    expect(inputs({ parameters: text }).keyValues("parameters")).toEqual([
      ["CorsOrigins", "https://a.example,http://localhost:5173"],
      ["Query", "a=b"],
    ]);
  });

  test("keyValues names the bad line", () => {
    const error = (() => {
      try {
        inputs({ tags: "Project=trip\nbroken" }).keyValues("tags");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('Input "tags": line 2 ("broken") is not Key=Value');
  });

  test("list accepts commas and lines", () => {
    expect(inputs({ ids: "Bucket, UserPool\nAWS::ECR::Repository" }).list("ids")).toEqual([
      "Bucket",
      "UserPool",
      "AWS::ECR::Repository",
    ]);
  });
});

describe("Inputs with an action spec", () => {
  const spec = {
    name: "demo",
    inputs: {
      region: { required: false, default: "us-east-2" },
      files: { required: false, default: "a\nb" },
      name: { required: true },
    },
    outputs: [],
  } as const;
  const withSpec = (values: Record<string, string>) => new Inputs((name) => values[name] ?? "", spec);

  test("an empty input takes its action.yml default, as the runner would", () => {
    expect(withSpec({}).optional("region")).toBe("us-east-2");
    expect(withSpec({ region: "  " }).optional("region")).toBe("us-east-2");
    expect(withSpec({}).lines("files")).toEqual(["a", "b"]);
    expect(withSpec({ region: "eu-west-1" }).optional("region")).toBe("eu-west-1");
  });

  test("a required input without a default is still required", () => {
    expect(() => withSpec({}).required("name")).toThrow('Input "name": is required and was empty');
  });

  test("reading an input action.yml does not declare is a programming error, not a silent empty", () => {
    const inputs = withSpec({}) as unknown as Inputs<string>;
    expect(() => inputs.optional("regoin")).toThrow(
      'demo reads input "regoin", which its action.yml does not declare',
    );
  });
});
