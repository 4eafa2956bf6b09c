import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { installProcessGuards } from './process-guards';

const setup = (shutdown: () => Promise<unknown> = async () => undefined) => {
  const target = new EventEmitter();
  const lines: { level: string; message: string }[] = [];
  const exits: number[] = [];
  const logger = {
    error: (message: unknown) => lines.push({ level: 'error', message: String(message) }),
    fatal: (message: unknown) => lines.push({ level: 'fatal', message: String(message) }),
  };
  const remove = installProcessGuards({ shutdown, logger, exit: (code) => exits.push(code), shutdownTimeoutMs: 50 }, target);
  return { target, lines, exits, remove };
};
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('process guards', () => {
  it('logs an unhandled rejection once with a reference and keeps the process running', async () => {
    const { target, lines, exits } = setup();
    target.emit('unhandledRejection', new Error('lost promise'));
    await settled();
    expect(lines).toEqual([{ level: 'error', message: expect.stringMatching(/^\[[0-9a-f-]{36}\] unhandled rejection: Error: lost promise/) }]);
    expect(exits).toEqual([]);
  });

  it('on an uncaught exception logs it, closes the app, then exits non-zero', async () => {
    const order: string[] = [];
    const { target, lines, exits } = setup(async () => order.push('closed'));
    target.emit('uncaughtException', new Error('broken state'));
    await settled();
    expect(lines[0]).toEqual({ level: 'fatal', message: expect.stringMatching(/^\[[0-9a-f-]{36}\] uncaught exception, shutting down: Error: broken state/) });
    expect(order).toEqual(['closed']);
    expect(exits).toEqual([1]);
  });

  it('exits even when closing the app hangs, and shuts down only once', async () => {
    let closes = 0;
    const { target, exits } = setup(() => {
      closes++;
      return new Promise(() => undefined);
    });
    target.emit('uncaughtException', new Error('first'));
    target.emit('uncaughtException', new Error('second'));
    await new Promise<void>((resolve) => {
      const check = () => (exits.length ? resolve() : setTimeout(check, 10));
      check();
    });
    expect(closes).toBe(1);
    expect(exits).toEqual([1]);
  });

  it('removes its listeners when asked', () => {
    const { target, remove } = setup();
    remove();
    expect(target.listenerCount('unhandledRejection')).toBe(0);
    expect(target.listenerCount('uncaughtException')).toBe(0);
  });
});

describe('process guards in a real Node process', () => {
  // Node's default for an unhandled rejection is to exit with 1; the guard must change that.
  const run = (body: string) =>
    spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', `const { installProcessGuards } = require(${JSON.stringify(join(__dirname, 'process-guards.ts'))});\n${body}`], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('survives an unhandled rejection', () => {
    const child = run(`installProcessGuards({ shutdown: async () => console.log('closed') });
Promise.reject(new Error('lost promise'));
setImmediate(() => setImmediate(() => console.log('still serving')));`);
    expect(child.stdout).toContain('still serving');
    expect(child.stdout).not.toContain('closed');
    expect(`${child.stdout}${child.stderr}`).toMatch(/unhandled rejection: Error: lost promise/);
    expect(child.status).toBe(0);
  });

  it('closes and exits with 1 on an uncaught exception', () => {
    const child = run(`installProcessGuards({ shutdown: async () => console.log('closed') });
setImmediate(() => { throw new Error('broken state'); });`);
    expect(child.stdout).toContain('closed');
    expect(`${child.stdout}${child.stderr}`).toMatch(/uncaught exception, shutting down: Error: broken state/);
    expect(child.status).toBe(1);
  });
});
