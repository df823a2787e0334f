// `pnpm spec:changes`: the command (command.ts) with this process's arguments, directory and console.
import { runSpecChangesCommand } from "./command.ts";

process.exitCode = await runSpecChangesCommand(process.argv.slice(2), {
  cwd: process.cwd(),
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
