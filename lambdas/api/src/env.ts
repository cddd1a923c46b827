// Hono context types shared by the app and the middlewares that plug into it.
import type { AgentUser } from "@trip/contract";

export interface ApiEnv {
  Variables: {
    requestId: string;
    user?: AgentUser;
  };
}
