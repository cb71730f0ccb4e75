#!/usr/bin/env node
// `weroom-consent-records`, kept as an alias of `weroom-consent records`.
import { main } from '../cli/main.js';

process.exitCode = await main(['records', ...process.argv.slice(2)]);
