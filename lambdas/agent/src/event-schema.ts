import { z } from "zod";
import type { AgentEvent } from "./contract";

export const agentEventSchema = z.object({
  message: z.string(),
  history: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.string() })).default([]),
  user: z
    .object({ sub: z.string().optional(), name: z.string().optional(), email: z.string().optional() })
    .optional(),
});

export type ParsedAgentEvent = z.infer<typeof agentEventSchema>;

// Keeps the zod schema and the hand-written contract type in step.
const _inputMatchesContract = (event: AgentEvent): z.input<typeof agentEventSchema> => event;
void _inputMatchesContract;
