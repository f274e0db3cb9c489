/**
 * A short-lived cache of directory snapshots and their evaluation, keyed by the caller's identity (user, realm,
 * roles, API key). An entry is only ever served after the same caller passed a fresh `read_security` check, so a
 * caller who could not read the data directly never gets it from here. Concurrent misses share one read.
 */
import type { AccessEngine, SpaceEvaluation } from '../../common/engine';
import type { DirectorySnapshot } from '../../common/snapshot';

/** Well within a minute: role changes show up quickly, and a 10k-user directory is read at most twice a minute. */
export const DIRECTORY_CACHE_TTL_MS = 30_000;
/** Each entry can hold a large directory; a handful of auditors at once is the expected load. */
export const DIRECTORY_CACHE_MAX_ENTRIES = 8;

export interface DirectoryEntry {
  snapshot: DirectorySnapshot;
  engine: AccessEngine;
  /** The engine's compact evaluation of the space (computed once per space and kept with the entry). */
  spaceOf: (spaceId: string) => SpaceEvaluation;
}

export function createDirectoryEntry(
  snapshot: DirectorySnapshot,
  engine: AccessEngine
): DirectoryEntry {
  return {
    snapshot,
    engine,
    spaceOf: (spaceId) => engine.evaluateSpaceCompact(spaceId),
  };
}

export interface DirectoryCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export class DirectoryCache {
  private readonly entries = new Map<string, { entry: DirectoryEntry; expires: number }>();
  private readonly inFlight = new Map<string, Promise<DirectoryEntry>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor({ ttlMs, maxEntries, now }: DirectoryCacheOptions = {}) {
    this.ttlMs = ttlMs ?? DIRECTORY_CACHE_TTL_MS;
    this.maxEntries = maxEntries ?? DIRECTORY_CACHE_MAX_ENTRIES;
    this.now = now ?? Date.now;
  }

  /** The cached entry for `key`, or a fresh one from `load` (always fresh with `refresh`). */
  async get(
    key: string,
    load: () => Promise<DirectoryEntry>,
    refresh = false
  ): Promise<DirectoryEntry> {
    const cached = this.entries.get(key);
    if (!refresh && cached && cached.expires > this.now()) return cached.entry;
    if (cached) this.entries.delete(key);
    const pending = this.inFlight.get(key);
    if (pending && !refresh) return pending;
    const loading = load().then((entry) => {
      this.store(key, entry);
      return entry;
    });
    this.inFlight.set(key, loading);
    try {
      return await loading;
    } finally {
      if (this.inFlight.get(key) === loading) this.inFlight.delete(key);
    }
  }

  /** Whether a fresh entry exists (the route still checks the caller's privilege before using it). */
  has(key: string): boolean {
    const cached = this.entries.get(key);
    return cached !== undefined && cached.expires > this.now();
  }

  clear(): void {
    this.entries.clear();
  }

  private store(key: string, entry: DirectoryEntry): void {
    this.entries.set(key, { entry, expires: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
