/**
 * The installable archive the host runs: built by `scripts/build` when missing or older than the sources, then
 * extracted the way `bin/kibana-plugin install` lays it out, so the host runs the zip's own files.
 */
import fs from 'fs';
import path from 'path';
import JSZip from 'jszip';

const SOURCES = ['server', 'common', 'public', 'kibana.jsonc', 'package.json', 'scripts/build'];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export interface BuildResult {
  zipPath: string;
  built: boolean;
}

/** Builds `build/caseAccess-<kibanaVersion>.zip` unless an archive newer than every source exists. */
export async function ensurePluginArchive({
  rootDir,
  kibanaVersion,
  pluginId = 'caseAccess',
}: {
  rootDir: string;
  kibanaVersion: string;
  pluginId?: string;
}): Promise<BuildResult> {
  const zipPath = path.join(rootDir, 'build', `${pluginId}-${kibanaVersion}.zip`);
  const sourcesMtime = Math.max(...SOURCES.map((s) => newestMtime(path.join(rootDir, s))));
  if (fs.existsSync(zipPath) && fs.statSync(zipPath).mtimeMs >= sourcesMtime)
    return { zipPath, built: false };
  // The build is plain CommonJS run by node (scripts/build); it is loaded the same way here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildPlugin } = require(path.join(rootDir, 'scripts', 'build', 'index.js')) as {
    buildPlugin: (options: {
      rootDir: string;
      kibanaVersion: string;
    }) => Promise<{ zipPath: string }>;
  };
  const result = await buildPlugin({ rootDir, kibanaVersion });
  return { zipPath: result.zipPath, built: true };
}

export interface ExtractedPlugin {
  /** `<dest>/kibana/<id>`: what Kibana's plugin installer leaves in `plugins/<id>`. */
  pluginDir: string;
  manifest: { id: string; version: string; kibanaVersion: string; server?: boolean; ui?: boolean };
}

/** Extracts `zipPath` under `destDir` and reads its manifest. */
export async function extractPluginArchive(
  zipPath: string,
  destDir: string
): Promise<ExtractedPlugin> {
  const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
  const root = path.resolve(destDir);
  for (const [name, entry] of Object.entries(zip.files)) {
    const target = path.resolve(root, name);
    if (!target.startsWith(root + path.sep))
      throw new Error(`${zipPath}: entry ${name} escapes the archive.`);
    if (entry.dir) {
      fs.mkdirSync(target, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await entry.async('nodebuffer'));
  }
  const kibanaDir = path.join(root, 'kibana');
  const ids = fs.existsSync(kibanaDir) ? fs.readdirSync(kibanaDir) : [];
  if (ids.length !== 1)
    throw new Error(`${zipPath}: expected exactly one plugin under kibana/, found ${ids.length}.`);
  const pluginDir = path.join(kibanaDir, ids[0]);
  const manifest = JSON.parse(
    fs.readFileSync(path.join(pluginDir, 'kibana.json'), 'utf8')
  ) as ExtractedPlugin['manifest'];
  return { pluginDir, manifest };
}
