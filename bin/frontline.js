#!/usr/bin/env node
// The CLI is TypeScript, run through tsx's loader so there is no build step between a change and its use.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
