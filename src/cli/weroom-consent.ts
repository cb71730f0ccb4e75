#!/usr/bin/env node
// The `weroom-consent` command: `weroom-consent records export|purge`, `weroom-consent --help`.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
