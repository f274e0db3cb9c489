import { spawnSync } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';

// scripts/start.js is plain CommonJS run by node; the test loads it the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseStartArgs } = require('./start.js') as {
  parseStartArgs(argv: string[]): Record<string, unknown>;
};

const START = path.join(__dirname, 'start.js');
const run = (args: string[]) =>
  spawnSync(process.execPath, [START, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm start flags', () => {
  it('reads every documented flag', () => {
    expect(
      parseStartArgs([
        '--snapshot',
        'dir.json',
        '--public-base-url=https://kibana.example.com',
        '--license',
        'gold',
        '--serverless',
        '--port',
        '5602',
      ])
    ).toEqual({
      snapshotPath: 'dir.json',
      publicBaseUrl: 'https://kibana.example.com',
      license: 'gold',
      serverless: true,
      port: 5602,
    });
  });

  it.each([
    [['--verbose'], 'unknown flag "--verbose"'],
    [['--port', 'abc'], '--port must be a whole number, got "abc"'],
    [['--snapshot'], '--snapshot needs a value'],
  ])('%j exits 2 with one line and the usage', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(result.stderr).toContain('Usage: npm start --');
  });

  it('exits 2 with one line for an invalid snapshot', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-'));
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '{ "kibana": ');
    try {
      const result = run(['--snapshot', file]);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`Invalid snapshot ${file}: snapshot: not valid JSON`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with one line when the port is busy', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, 'localhost', () => resolve()));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = await new Promise<ReturnType<typeof run>>((resolve) =>
        setImmediate(() => resolve(run(['--port', String(port)])))
      );
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe(
        `Port ${port} is already in use; stop what uses it or pass --port N.`
      );
    } finally {
      blocker.close();
    }
  });
});
