/**
 * Entry of the `mot-studio` command-line tool (built to out/main/cli.js, started by bin/mot-studio.js).
 * All logic is in `run.ts`; this only binds it to the real process.
 */
import { runCli } from './run'

// A reader that goes away (`mot-studio info x | head -1`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
})
