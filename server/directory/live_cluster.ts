/**
 * The directory read from a live cluster for the CLI: the same reader as inside Kibana, given the official client
 * with the caller's credentials. Features and spaces come from Kibana's HTTP API when a Kibana URL is given, else
 * the built-in definitions and a single `default` space.
 */
import { Client } from '@elastic/elasticsearch';
import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';
import type { BuildFlavor, DirectorySnapshot, SnapshotSpace } from '../../common/snapshot';
import { withDeprecatedFeatures } from '../../common/features';
import { DirectoryError } from '../lib/errors';
import { AnswerShapeError, SPACES_API } from './answer_shape';
import { DEFAULT_SPACES, readDirectory, readLicenseFromElasticsearch } from './read_directory';

export interface LiveClusterOptions {
  esUrl: string;
  apiKey?: string;
  username?: string;
  password?: string;
  kibanaUrl?: string;
  /**
   * `server.publicBaseUrl` and whether an email connector is preconfigured for notifications: kibana.yml settings
   * that no API shows from outside Kibana, so the CLI user states them (`--public-base-url`, `--email-service`).
   * Unstated, the report warns about them.
   */
  publicBaseUrl?: string;
  emailServiceAvailable?: boolean;
}

/** Elasticsearch and Kibana answer within this, or the CLI reports them unreachable. */
const REQUEST_TIMEOUT_MS = 30_000;

function authorization({ apiKey, username, password }: LiveClusterOptions): string {
  if (apiKey) return `ApiKey ${apiKey}`;
  return `Basic ${Buffer.from(`${username ?? ''}:${password ?? ''}`).toString('base64')}`;
}

/**
 * `path` (with its query) under the Kibana URL, keeping the URL's base path: `https://host/kibana` and
 * `/api/status` give `https://host/kibana/api/status` (a bare `new URL(path, base)` would drop `/kibana`).
 */
export function kibanaApiUrl(kibanaUrl: string, path: string): URL {
  const url = new URL(kibanaUrl);
  const relative = new URL(path, 'http://relative');
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${relative.pathname}`;
  url.search = relative.search;
  url.hash = '';
  return url;
}

async function kibanaGet<T>(options: LiveClusterOptions, path: string): Promise<T> {
  const url = kibanaApiUrl(options.kibanaUrl ?? '', path);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: authorization(options), 'kbn-xsrf': 'case-access' },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DirectoryError(
      'unavailable',
      503,
      `Kibana is unreachable at ${url.origin}: ${reason}`
    );
  }
  if (!response.ok) {
    const [kind, statusCode] =
      response.status === 401
        ? (['unauthenticated', 401] as const)
        : response.status === 403
          ? (['forbidden', 403] as const)
          : (['upstream', 502] as const);
    throw new DirectoryError(
      kind,
      statusCode,
      `Kibana answered ${response.status} to GET ${url.pathname}; check --kibana-url and the credentials`
    );
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw new AnswerShapeError(`GET ${url.pathname}`, 'the body', 'is not complete JSON');
  }
}

interface KibanaStatus {
  version?: { number?: string; build_flavor?: BuildFlavor };
}

export async function readLiveDirectory(options: LiveClusterOptions): Promise<DirectorySnapshot> {
  const client = new Client({
    node: options.esUrl,
    auth: options.apiKey
      ? { apiKey: options.apiKey }
      : { username: options.username ?? '', password: options.password ?? '' },
    maxRetries: 0,
    requestTimeout: REQUEST_TIMEOUT_MS,
  });
  try {
    const status = options.kibanaUrl
      ? await kibanaGet<KibanaStatus>(options, '/api/status')
      : undefined;
    return await readDirectory({
      asCaller: client,
      getLicense: () => readLicenseFromElasticsearch(client),
      getSpaces: async (): Promise<SnapshotSpace[]> => {
        if (!options.kibanaUrl) return DEFAULT_SPACES;
        const spaces = await kibanaGet<SnapshotSpace[]>(options, '/api/spaces/space');
        if (!Array.isArray(spaces)) {
          throw new AnswerShapeError(SPACES_API, 'the body', 'is not an array of spaces');
        }
        return spaces.map(({ id, name, disabledFeatures, solution }) => ({
          id,
          name,
          disabledFeatures: disabledFeatures ?? [],
          ...(solution ? { solution } : {}),
        }));
      },
      // The features API leaves deprecated features out; Kibana still honours their privileges.
      getFeatures: async () =>
        options.kibanaUrl
          ? withDeprecatedFeatures(
              await kibanaGet<KibanaFeatureConfig[]>(
                options,
                '/api/features?ignoreValidLicenses=true'
              ),
              {
                buildFlavor: status?.version?.build_flavor ?? 'traditional',
                kibanaVersion: status?.version?.number,
              }
            )
          : undefined,
      kibana: {
        version: status?.version?.number ?? '',
        buildFlavor: status?.version?.build_flavor ?? 'traditional',
        publicBaseUrl: options.publicBaseUrl ?? null,
        emailServiceAvailable: options.emailServiceAvailable ?? false,
      },
    });
  } finally {
    await client.close();
  }
}
