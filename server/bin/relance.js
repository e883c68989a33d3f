#!/usr/bin/env node
// The `relance` command. The server runs its TypeScript sources through tsx, so there is
// no separate build step between a clone and a running server.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/cli.ts');
process.exitCode = await main(process.argv.slice(2));
