#!/usr/bin/env node
// `pnpm --silent convenant <command>`: JSON on stdout only; errors on stderr, exit code 2.
import { runCli } from "./cli.js";

const result = runCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
