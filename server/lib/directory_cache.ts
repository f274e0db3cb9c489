/**
 * A short-lived cache of directory snapshots and their evaluation, keyed by the caller's identity (user, realm,
 * roles, API key). An entry is only ever served after the same caller passed a fresh `read_security` check, so a
 * caller who could not read the data directly never gets it from here.
 *
 * One read at a time per caller: concurrent misses and `refresh=true` requests join the read in flight, and a
 * refresh within `REFRESH_INTERVAL_MS` of the last read is served that read, so a storm of refreshes costs one read.
 * A read whose every requester has gone is aborted (its Elasticsearch calls included).
 */
import type { AccessEngine, SpaceEvaluation } from '../../common/engine';
import type { DirectorySnapshot } from '../../common/snapshot';

/** Well within a minute: role changes show up quickly, and a 10k-user directory is read at most twice a minute. */
export const DIRECTORY_CACHE_TTL_MS = 30_000;
/** Each entry can hold a large directory; a handful of auditors at once is the expected load. */
export const DIRECTORY_CACHE_MAX_ENTRIES = 8;
/**
 * `refresh=true` reads again at most this often per caller (a refresh sooner gets the last read): a person never
 * notices, and a script hammering refresh costs one read a second instead of one per request.
 */
export const REFRESH_INTERVAL_MS = 1_000;

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
  /** 0 turns the refresh throttle off. */
  refreshIntervalMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/** A read in flight, shared by every request that waits for it. */
/**
 * How fresh an answer must be: `false` any cached one; `true` a read newer than the refresh interval (a storm of
 * refreshes shares reads); `'now'` a read started after the request (an access review's snapshot, whose `takenAt`
 * must not predate a change the administrator just made).
 */
export type Freshness = boolean | 'now';

interface Flight {
  promise: Promise<DirectoryEntry>;
  /** When the read started (`now()`). */
  started: number;
  controller: AbortController;
  waiters: number;
}

/** The error a request gets when it stops waiting because its own client went away. */
export class RequestAbortedError extends Error {
  constructor() {
    super('the request was aborted by its client');
    this.name = 'RequestAbortedError';
  }
}

export class DirectoryCache {
  private readonly entries = new Map<
    string,
    { entry: DirectoryEntry; expires: number; loaded: number; took: number }
  >();
  private readonly inFlight = new Map<string, Flight>();
  private readonly ttlMs: number;
  private readonly refreshIntervalMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor({ ttlMs, refreshIntervalMs, maxEntries, now }: DirectoryCacheOptions = {}) {
    this.ttlMs = ttlMs ?? DIRECTORY_CACHE_TTL_MS;
    this.refreshIntervalMs = refreshIntervalMs ?? REFRESH_INTERVAL_MS;
    this.maxEntries = maxEntries ?? DIRECTORY_CACHE_MAX_ENTRIES;
    this.now = now ?? Date.now;
  }

  /**
   * The cached entry for `key`, or the read in flight, or a new read from `load`. `refresh` asks for a read newer
   * than the refresh interval. `signal` says the requester has gone: it stops waiting, and the read is aborted
   * (through the signal handed to `load`) when no one else waits for it.
   */
  async get(
    key: string,
    load: (signal: AbortSignal) => Promise<DirectoryEntry>,
    refresh: Freshness = false,
    signal?: AbortSignal
  ): Promise<DirectoryEntry> {
    const cached = this.entries.get(key);
    const now = this.now();
    if (cached && cached.expires > now && refresh !== 'now') {
      // A refresh sooner than the interval, or than twice the last read's own duration, gets the last read: under a
      // storm of refreshes the host spends at most a third of its time reading.
      const interval =
        this.refreshIntervalMs === 0 ? 0 : Math.max(this.refreshIntervalMs, 2 * cached.took);
      if (!refresh || now - cached.loaded < interval) return cached.entry;
    }
    let flight = this.inFlight.get(key);
    // A read that started before this request may miss a change made just before it: 'now' starts its own.
    if (!flight || (refresh === 'now' && flight.started < now)) flight = this.start(key, load);
    return this.wait(key, flight, signal);
  }

  private start(key: string, load: (signal: AbortSignal) => Promise<DirectoryEntry>): Flight {
    const controller = new AbortController();
    const flight: Flight = {
      controller,
      waiters: 0,
      started: this.now(),
      promise: Promise.resolve(undefined as never),
    };
    flight.promise = (async () => {
      try {
        const started = this.now();
        const entry = await load(controller.signal);
        if (!controller.signal.aborted) this.store(key, entry, this.now() - started);
        return entry;
      } finally {
        if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
      }
    })();
    // A read no one waits for any more must not surface as an unhandled rejection.
    flight.promise.catch(() => undefined);
    this.inFlight.set(key, flight);
    return flight;
  }

  private wait(key: string, flight: Flight, signal?: AbortSignal): Promise<DirectoryEntry> {
    if (signal?.aborted) {
      if (flight.waiters === 0) this.abandon(key, flight);
      return Promise.reject(new RequestAbortedError());
    }
    flight.waiters++;
    if (!signal) return flight.promise;
    return new Promise<DirectoryEntry>((resolve, reject) => {
      const onAbort = () => {
        flight.waiters--;
        if (flight.waiters === 0) this.abandon(key, flight);
        reject(new RequestAbortedError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (entry) => {
          signal.removeEventListener('abort', onAbort);
          resolve(entry);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          // The read's own failure, passed on as it is (a DirectoryError or the client's error).
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
          reject(error);
        }
      );
    });
  }

  /** Stops a read no one waits for: later requests start a new one. */
  private abandon(key: string, flight: Flight): void {
    flight.controller.abort();
    if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
  }

  /** Drops a caller's entry, so the next request reads again. */
  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Whether a fresh entry exists (the route still checks the caller's privilege before using it). */
  has(key: string): boolean {
    const cached = this.entries.get(key);
    return cached !== undefined && cached.expires > this.now();
  }

  clear(): void {
    this.entries.clear();
  }

  private store(key: string, entry: DirectoryEntry, took: number): void {
    const now = this.now();
    this.entries.delete(key);
    this.entries.set(key, { entry, expires: now + this.ttlMs, loaded: now, took });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
