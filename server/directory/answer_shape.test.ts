/**
 * A URL that reaches something else than Elasticsearch (a proxy, another service) or an answer cut short: the
 * report says which API answered what, never `Cannot read properties of undefined`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runReport } from '../../cli/commands/report';
import { DirectoryError } from '../lib/errors';
import { readLiveDirectory } from './live_cluster';

type Answers = Record<string, string>;

const FINE: Answers = {
  '/_security/user/_has_privileges': JSON.stringify({ cluster: { read_security: true } }),
  '/_security/user': JSON.stringify({ alice: { username: 'alice', roles: [], enabled: true } }),
  '/_security/role': JSON.stringify({}),
  '/_license': JSON.stringify({ license: { type: 'basic', status: 'active' } }),
  '/_security/profile/_suggest': JSON.stringify({ profiles: [], total: { value: 0 } }),
};

let server: Server;
let url: string;
let answers: Answers;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    const body = answers[path] ?? JSON.stringify({ profiles: [] });
    response.writeHead(200, {
      'content-type': 'application/json',
      'x-elastic-product': 'Elasticsearch',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function cli() {
  let stderr = '';
  const code = await runReport(
    ['--es-url', url, '--username', 'u', '--password', 'p', '--format', 'json'],
    { stdout: () => undefined, stderr: (text) => (stderr += text) }
  );
  return { code, stderr };
}

describe('answers of unexpected shape', () => {
  it.each([
    [
      'users as a list',
      { '/_security/user': '[1, 2]' },
      'GET /_security/user answered with an unexpected shape: the body is not an object',
    ],
    [
      'roles of a user as a string',
      { '/_security/user': JSON.stringify({ alice: { username: 'alice', roles: 'admin' } }) },
      'GET /_security/user answered with an unexpected shape: alice.roles expected an array of strings',
    ],
    [
      'a role that is not an object',
      { '/_security/role': JSON.stringify({ admin: 7 }) },
      'GET /_security/role answered with an unexpected shape: admin is not an object',
    ],
    [
      'privileges without cluster',
      { '/_security/user/_has_privileges': JSON.stringify({ ok: true }) },
      'GET /_security/user/_has_privileges answered with an unexpected shape: cluster is not an object',
    ],
    [
      'a licence answer without license',
      { '/_license': JSON.stringify({ status: 'ok' }) },
      'GET /_license answered with an unexpected shape: license is not an object',
    ],
  ])('exits 2 naming the API and the field for %s', async (_, changed, message) => {
    answers = { ...FINE, ...changed };
    const { code, stderr } = await cli();
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/Cannot read|undefined/);
    expect(code).toBe(2);
  });

  it('reads a well-formed answer', async () => {
    answers = FINE;
    expect((await cli()).code).toBe(0);
  });
});

describe('an answer cut short', () => {
  it('is a 502 that says so in words', async () => {
    answers = { ...FINE, '/_security/user': '{"alice": {"username": "al' };
    const error = await readLiveDirectory({ esUrl: url, username: 'u', password: 'p' }).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(DirectoryError);
    expect((error as DirectoryError).statusCode).toBe(502);
    expect((error as DirectoryError).message).toBe(
      'Elasticsearch sent an incomplete or unreadable answer while reading users. Try again later.'
    );
  });
});
