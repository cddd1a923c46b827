export * from "./chain";
export * from "./function-name";
export * from "./ping-event";
export * from "./report";
