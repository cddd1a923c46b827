import { runAction } from "../../lib/src/index";
import { spec } from "./action-spec";
import { main } from "./main";

await runAction(spec, main);
