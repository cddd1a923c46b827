import { main } from "./check";

process.exitCode = await main(process.argv.slice(2));
