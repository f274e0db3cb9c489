/**
 * A stand-in for the FTR's config loading: calls a config file's default export with a `readConfigFile` that
 * answers Kibana's x-pack platform base config with the few values this suite reads, and loads any other config
 * file (e.g. config.public_base_url.ts reading config.ts) the way the FTR does.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config, FtrConfigProviderContext, ToolingLog } from '@kbn/test';

type Tree = Record<string, unknown>;

/** Kibana's FTR timeouts (src/platform/packages/shared/kbn-test/.../config/schema.ts), `try` shortened here. */
const BASE_TIMEOUTS = { find: 10_000, try: 30_000, waitFor: 20_000, waitForExists: 2_500 };

/** Values of Kibana's x-pack platform functional base config that the suite and this runner read. */
export function baseConfigValues(): Tree {
  return {
    servers: {
      kibana: {
        protocol: 'http',
        hostname: '127.0.0.1',
        port: 0,
        username: 'elastic',
        password: 'changeme',
      },
    },
    esTestCluster: { license: 'trial', from: 'snapshot', serverArgs: [] },
    kbnTestServer: { serverArgs: [] },
    apps: {
      management: { pathname: '/app/management' },
      login: { pathname: '/login' },
      home: { pathname: '/app/home' },
    },
    timeouts: BASE_TIMEOUTS,
    mochaOpts: { timeout: 90_000 },
    security: { roles: {} },
    testFiles: [],
  };
}

export class StandInConfig implements Config {
  constructor(private readonly values: Tree) {}

  has(key: string | string[]): boolean {
    return this.lookup(key) !== undefined;
  }

  // any: the FTR's Config returns untyped values, and specs read them as such.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kibana's Config.get signature
  get(key: string | string[], defaultValue?: any): any {
    const value = this.lookup(key);
    return value === undefined ? defaultValue : structuredClone(value);
  }

  // any: see get().
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kibana's Config.getAll signature
  getAll(): any {
    return structuredClone(this.values);
  }

  private lookup(key: string | string[]): unknown {
    const parts = Array.isArray(key) ? key : key.split('.');
    let node: unknown = this.values;
    for (const part of parts) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Tree)[part];
    }
    return node;
  }
}

const log: ToolingLog = {
  info: (...args) => console.log(...args),
  debug: () => undefined,
  warning: (...args) => console.warn(...args),
  error: (err) => console.error(err),
};

/** The name of Kibana's base config this stand-in answers for. */
const XPACK_BASE_CONFIG_SUFFIX = path.join(
  'x-pack',
  'platform',
  'test',
  'functional',
  'config.base.ts'
);

/** Reads a config file the way the FTR does: its default export called with a provider context. */
export async function readConfigFile(file: string): Promise<StandInConfig> {
  if (file.endsWith(XPACK_BASE_CONFIG_SUFFIX)) return new StandInConfig(baseConfigValues());

  if (!fs.existsSync(file)) {
    throw new Error(`${file}: no such config file; pass an existing FTR config to --config`);
  }
  // A config module is TypeScript, loaded through tsx's require hook (registered by the launcher script).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time, loaded synchronously
  const mod = require(path.resolve(file)) as { default?: unknown };
  if (typeof mod.default !== 'function') {
    throw new Error(`${file}: a functional test config must export a default function`);
  }
  const context: FtrConfigProviderContext = {
    log,
    esVersion: { toString: () => 'local' },
    readConfigFile,
  };
  const values = (await (mod.default as (ctx: FtrConfigProviderContext) => unknown)(
    context
  )) as Tree;
  return new StandInConfig(values);
}

/** What the runner needs from a loaded config: its spec files and how to start the local host. */
export interface SuitePlan {
  testFiles: string[];
  publicBaseUrl?: string;
  license?: string;
  pluginPath?: string;
}

export function planSuite(config: StandInConfig): SuitePlan {
  const serverArgs: string[] = config.get('kbnTestServer.serverArgs', []);
  const argValue = (name: string) =>
    serverArgs
      .filter((arg) => arg.startsWith(`--${name}=`))
      .map((arg) => arg.slice(name.length + 3))
      .pop();
  return {
    testFiles: config.get('testFiles', []),
    publicBaseUrl: argValue('server.publicBaseUrl'),
    pluginPath: argValue('plugin-path'),
    license: config.get('esTestCluster.license'),
  };
}
