export * from "./aws";
export * from "./inputs";
export * from "./markdown";
export * from "./run";
export * from "./summary";
export * from "./time";
export * from "./wait";
export * from "./chain";
