/**
 * `supertest` / `supertestWithoutAuth`: the part of supertest's chaining API the specs use, over fetch. Kibana's
 * services are supertest agents bound to Kibana's URL; `supertest` authenticates as the admin.
 */
import type {
  SupertestAgent,
  SupertestResponse,
  SupertestTest,
} from '@kbn/ftr-common-functional-services';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

class FetchTest implements SupertestTest {
  private readonly headers: Record<string, string> = {};
  private readonly searchParams = new URLSearchParams();
  private body: string | undefined;
  private pending: Promise<SupertestResponse> | undefined;

  constructor(
    private readonly method: Method,
    private readonly url: string
  ) {}

  set(field: string, value: string): this {
    this.headers[field.toLowerCase()] = value;
    return this;
  }

  auth(user: string, password: string): this {
    const token = Buffer.from(`${user}:${password}`).toString('base64');
    return this.set('authorization', `Basic ${token}`);
  }

  query(query: Record<string, string | number | boolean>): this {
    for (const [key, value] of Object.entries(query)) this.searchParams.append(key, String(value));
    return this;
  }

  send(body: unknown): this {
    this.body = typeof body === 'string' ? body : JSON.stringify(body);
    if (typeof body !== 'string') this.headers['content-type'] ??= 'application/json';
    return this;
  }

  async expect(status: number): Promise<SupertestResponse> {
    const response = await this;
    if (response.status !== status) {
      throw new Error(
        `expected ${status}, got ${response.status} from ${this.method} ${this.url}: ${response.text.slice(0, 300)}`
      );
    }
    return response;
  }

  then<R1 = SupertestResponse, R2 = never>(
    onfulfilled?: ((value: SupertestResponse) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null
  ): PromiseLike<R1 | R2> {
    this.pending ??= this.execute();
    return this.pending.then(onfulfilled, onrejected);
  }

  private async execute(): Promise<SupertestResponse> {
    const query = this.searchParams.toString();
    const target = query ? `${this.url}${this.url.includes('?') ? '&' : '?'}${query}` : this.url;
    const response = await fetch(target, {
      method: this.method,
      headers: this.headers,
      body: this.body,
      redirect: 'manual',
    });
    const text = await response.text();
    let body: unknown = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = {};
    }
    return {
      status: response.status,
      body,
      text,
      headers: Object.fromEntries(response.headers.entries()),
    };
  }
}

export function createSupertest(
  baseUrl: string,
  credentials?: { username: string; password: string }
): SupertestAgent {
  const request = (method: Method) => (requestPath: string) => {
    const test = new FetchTest(method, new URL(requestPath, baseUrl).toString());
    return credentials ? test.auth(credentials.username, credentials.password) : test;
  };
  return {
    get: request('GET'),
    post: request('POST'),
    put: request('PUT'),
    delete: request('DELETE'),
  };
}
