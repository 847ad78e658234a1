import { describe, expect, it } from 'vitest';
import type { Command } from './command.ts';
import { main } from './main.ts';
import { COMMANDS } from './registry.ts';
import * as modules from './commands/index.ts';
import { fakeIO } from './__fixtures__/fake-io.ts';

describe('faultline (main)', () => {
  it('lists the commands for --help and exits 0', async () => {
    const io = fakeIO();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: faultline <command>/);
    expect(io.out()).toMatch(/\n {2}validate {2}Check Faultline files/);
  });

  it('prints the overview to stderr and exits 2 with no arguments', async () => {
    const io = fakeIO();
    expect(await main([], io)).toBe(2);
    expect(io.err()).toMatch(/Commands:\n(.*\n)* {2}validate /);
    expect(io.out()).toBe('');
  });

  it('shows a command’s own help for `help <command>` and `<command> --help`', async () => {
    for (const argv of [['help', 'validate'], ['validate', '--help']]) {
      const io = fakeIO();
      expect(await main(argv, io)).toBe(0);
      expect(io.out()).toMatch(/^Usage: faultline validate <file>/);
    }
  });

  it('rejects an unknown command with exit 2 and suggests the likely one', async () => {
    const io = fakeIO();
    expect(await main(['valdate', 'x.json'], io)).toBe(2);
    expect(io.err()).toBe('faultline: unknown command "valdate". Did you mean "validate"?\nRun "faultline --help" to see the commands.\n');
    const other = fakeIO();
    expect(await main(['--frobnicate'], other)).toBe(2);
    expect(other.err()).toMatch(/unknown option "--frobnicate"\.\n/);
  });

  it('turns a command’s crash into exit 1 with the reason', async () => {
    const crashing: Command = { name: 'crash', summary: 'crashes', usage: '', run: () => Promise.reject(new Error('kaboom')) };
    const io = fakeIO();
    expect(await main(['crash'], io, new Map([['crash', crashing]]))).toBe(1);
    expect(io.err()).toMatch(/^faultline crash: unexpected error: Error: kaboom/);
  });

  it('registers every command module under its own, unique name', () => {
    expect(COMMANDS.size).toBe(Object.keys(modules).length);
    for (const [name, command] of COMMANDS) {
      expect(command.name).toBe(name);
      expect(command.summary).not.toBe('');
      expect(command.usage).toContain(`faultline ${name}`);
    }
  });
});
