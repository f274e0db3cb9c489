/**
 * `startLocalHost`: runs the built plugin archive in a Kibana-like host on top of the Elasticsearch security
 * fixture, loaded from a directory snapshot (the embedded demo directory by default).
 */
import fs from 'fs';
import net from 'net';
import path from 'path';

import type { KibanaFeatureConfig } from '@kbn/features-plugin/common';

import { CASE_ACCESS_FEATURE_ID } from '../../common/constants';
import {
  fitFeatureToVersion,
  getBuiltinFeatures,
  getRegisteredFeatures,
} from '../../common/features';
import { parseSnapshot, SnapshotError } from '../../common/snapshot';
import type { DirectorySnapshot } from '../../common/snapshot';
import { startEsSecurityFixture } from '../es_security_fixture';
import { createKibanaServices, DEFAULT_KIBANA_VERSION } from './core/kibana_services';
import { isLicenseType, LICENSE_TYPES } from './core/licensing';
import { SessionStore } from './security/authentication';
import { buildBrowserAssets } from './server/browser_assets';
import { createFeatureRegistry } from './server/feature_registry';
import { registerPages } from './server/pages';
import { extractPluginArchive, ensurePluginArchive } from './server/plugin_archive';
import { createLoggerFactory, runServerPlugin } from './server/run_server_plugin';

export const DEMO_DIRECTORY_PATH = path.join(__dirname, 'demo_directory.json');
const ROOT_DIR = path.resolve(__dirname, '..', '..');

/** Bad input to the host (flag, snapshot, port): the message is one line saying what to change. */
export class LocalHostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalHostError';
  }
}

export interface LocalHostOptions {
  /** 0: a free port. Default 5601. */
  port?: number;
  host?: string;
  /** A directory snapshot (issue 3 format); default: the embedded demo directory. */
  snapshotPath?: string;
  /** `server.publicBaseUrl`; default: the snapshot's `kibana.publicBaseUrl`. */
  publicBaseUrl?: string;
  /** Licence type; default: the snapshot's licence. */
  license?: string;
  /** Serverless build flavour; default: the snapshot's `kibana.buildFlavor`. */
  serverless?: boolean;
  /** Run this archive instead of building `build/caseAccess-<version>.zip`. */
  zipPath?: string;
  /**
   * The Kibana version the host plays: its feature schema (`cases` keys), `packageInfo.version` and the archive
   * it runs (`build/caseAccess-<version>.zip`); default: the snapshot's version.
   */
  kibanaVersion?: string;
  /**
   * Whether the host registers the Cases and Connectors features before the plugin's setup, as a Kibana with
   * x-pack does (default); `false` plays a Kibana without them, where the plugin registers its own.
   */
  hostFeatures?: boolean;
  /** Log lines (default: stdout); `() => {}` for silence. */
  log?: (line: string) => void;
}

export interface LocalHost {
  url: string;
  esUrl: string;
  /** Where the archive was extracted (the plugin's files the host runs). */
  pluginDir: string;
  /** Usernames that can log in with the password `changeme` (besides `elastic`). */
  users: string[];
  /** The feature definitions in the host's registry (the host's and the plugin's). */
  features(): KibanaFeatureConfig[];
  stop(): Promise<void>;
}

function readSnapshot(snapshotPath: string | undefined): DirectorySnapshot {
  const file = snapshotPath ?? DEMO_DIRECTORY_PATH;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new LocalHostError(
      `Cannot read snapshot ${file} (${reason}); pass a readable JSON file to --snapshot.`
    );
  }
  try {
    return parseSnapshot(text);
  } catch (error) {
    if (error instanceof SnapshotError)
      throw new LocalHostError(`Invalid snapshot ${file}: ${error.message}`);
    throw error;
  }
}

function busyPortError(port: number) {
  return new LocalHostError(`Port ${port} is already in use; stop what uses it or pass --port N.`);
}

/** Fails fast, before building anything, when the port is taken. */
async function checkPort(port: number, host: string | undefined) {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new LocalHostError(`--port must be a whole number from 0 to 65535, got ${port}.`);
  }
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? busyPortError(port) : error)
    );
    probe.listen(port, host ?? 'localhost', () => probe.close(() => resolve()));
  });
}

export async function startLocalHost(options: LocalHostOptions = {}): Promise<LocalHost> {
  const port = options.port ?? 5601;
  if (options.license !== undefined && !isLicenseType(options.license)) {
    throw new LocalHostError(
      `--license must be one of ${LICENSE_TYPES.join(', ')}, got "${options.license}".`
    );
  }
  if (options.publicBaseUrl !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(options.publicBaseUrl);
    } catch {
      parsed = undefined;
    }
    if (
      !parsed ||
      !/^https?:$/.test(parsed.protocol) ||
      (parsed.pathname.endsWith('/') && parsed.pathname !== '/')
    ) {
      throw new LocalHostError(
        `--public-base-url must be an absolute http(s) URL without a trailing slash, got "${options.publicBaseUrl}".`
      );
    }
  }
  const snapshot = readSnapshot(options.snapshotPath);
  await checkPort(port, options.host);
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const license = options.license ?? snapshot.license.type;
  const buildFlavor =
    (options.serverless ?? snapshot.kibana.buildFlavor === 'serverless')
      ? 'serverless'
      : 'traditional';
  const publicBaseUrl = options.publicBaseUrl ?? snapshot.kibana.publicBaseUrl ?? undefined;
  if (options.kibanaVersion !== undefined && !/^\d+\.\d+\.\d+$/.test(options.kibanaVersion)) {
    throw new LocalHostError(
      `--kibana-version must look like 9.4.0 (major.minor.patch), got "${options.kibanaVersion}".`
    );
  }
  const kibanaVersion =
    options.kibanaVersion ??
    (/^\d+\.\d+\.\d+$/.test(snapshot.kibana.version)
      ? snapshot.kibana.version
      : DEFAULT_KIBANA_VERSION);

  const cleanups: Array<() => Promise<void> | void> = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn();
  };
  try {
    const es = await startEsSecurityFixture({
      snapshot: {
        ...snapshot,
        license: { type: license, status: options.license ? 'active' : snapshot.license.status },
      },
    });
    cleanups.push(() => es.stop());

    const zipPath =
      options.zipPath ?? (await ensurePluginArchive({ rootDir: ROOT_DIR, kibanaVersion })).zipPath;
    fs.mkdirSync(path.join(ROOT_DIR, '.local_host'), { recursive: true });
    const runDir = fs.mkdtempSync(path.join(ROOT_DIR, '.local_host', `run-${process.pid}-`));
    cleanups.push(() => fs.rmSync(runDir, { recursive: true, force: true }));
    const { pluginDir, manifest } = await extractPluginArchive(zipPath, runDir);
    if (manifest.kibanaVersion !== kibanaVersion && manifest.kibanaVersion !== 'kibana') {
      throw new LocalHostError(
        `${zipPath} is built for Kibana ${manifest.kibanaVersion}, the host runs ${kibanaVersion}; rebuild with --kibana-version ${kibanaVersion}.`
      );
    }
    const assets = await buildBrowserAssets(ROOT_DIR);

    const registry = createFeatureRegistry({ kibanaVersion });
    const pluginFeatureIds = new Set(
      getRegisteredFeatures({ buildFlavor }).map((feature) => feature.id)
    );
    const hostFeatures: KibanaFeatureConfig[] = (
      snapshot.kibana.features ?? getBuiltinFeatures({ buildFlavor, kibanaVersion })
    )
      .filter((feature) => options.hostFeatures !== false || !pluginFeatureIds.has(feature.id))
      .map((feature) => fitFeatureToVersion(feature, kibanaVersion));
    for (const feature of hostFeatures) {
      if (feature.id !== CASE_ACCESS_FEATURE_ID) registry.setup.registerKibanaFeature(feature);
    }
    const sessions = new SessionStore();
    const services = await createKibanaServices({
      esUrl: es.url,
      features: () => registry.list(),
      spaces: snapshot.kibana.spaces.map((space) => ({
        ...space,
        disabledFeatures: [...space.disabledFeatures],
      })),
      license,
      kibanaVersion,
      port,
      host: options.host,
      publicBaseUrl,
      mode: 'development',
      sessions,
      logger: createLoggerFactory(log).get('http'),
    });
    cleanups.push(() => services.stop());
    registerPages({
      services,
      sessions,
      assets,
      plugin: { id: manifest.id, publicDir: path.join(pluginDir, 'target', 'public') },
      buildFlavor,
      publicBaseUrl,
      spaces: services.spaces.getAll(),
      getFeatures: () => registry.list(),
    });
    const plugin = await runServerPlugin({
      pluginDir,
      pluginId: manifest.id,
      services,
      registry,
      buildFlavor,
      emailServiceAvailable: snapshot.kibana.emailServiceAvailable,
      logger: createLoggerFactory(log),
    });
    cleanups.splice(cleanups.length - 1, 0, () => plugin.stop());
    try {
      await services.http.start();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw busyPortError(port);
      }
      throw error;
    }
    return {
      url: services.http.url,
      esUrl: es.url,
      pluginDir,
      users: Object.keys(snapshot.users).sort(),
      features: () => registry.list(),
      stop: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
