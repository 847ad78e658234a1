#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ through tsx's scoped loader: no build step, so
// `npx faultline validate x.json` works right after `npm install`. tsImport registers the loader for
// this import only, leaving the rest of the process untouched.
import { tsImport } from 'tsx/esm/api';

const { runMain } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await runMain();
