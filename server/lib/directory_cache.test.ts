import type { DirectoryEntry } from './directory_cache';
import {
  DIRECTORY_CACHE_TTL_MS,
  DirectoryCache,
  REFRESH_INTERVAL_MS,
  RequestAbortedError,
} from './directory_cache';

const entry = (name: string) => ({ name }) as unknown as DirectoryEntry; // only identity matters here

describe('DirectoryCache', () => {
  it('answers from memory within the time to live, which is under a minute, and reloads after it', async () => {
    let now = 0;
    const cache = new DirectoryCache({ now: () => now });
    const load = jest.fn(async () => entry(`read at ${now}`));
    const first = await cache.get('alice', load);
    now = DIRECTORY_CACHE_TTL_MS - 1;
    expect(await cache.get('alice', load)).toBe(first);
    now = DIRECTORY_CACHE_TTL_MS;
    expect(await cache.get('alice', load)).not.toBe(first);
    expect(load).toHaveBeenCalledTimes(2);
    expect(DIRECTORY_CACHE_TTL_MS).toBeLessThan(60_000);
  });

  it('keeps callers apart, reads again on refresh, and shares one read between concurrent misses', async () => {
    let now = 0;
    const cache = new DirectoryCache({ now: () => now });
    const load = jest.fn(async () => entry('x'));
    const [a, b] = await Promise.all([cache.get('alice', load), cache.get('alice', load)]);
    expect(a).toBe(b);
    expect(load).toHaveBeenCalledTimes(1);
    await cache.get('bob', load);
    now = REFRESH_INTERVAL_MS;
    await cache.get('alice', load, true);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("answers 'now' with a read started after the request, even within the refresh interval", async () => {
    let now = 0;
    const cache = new DirectoryCache({ now: () => now });
    let reads = 0;
    const load = jest.fn(async () => entry(`read ${++reads}`));
    const first = await cache.get('alice', load);
    now = 1; // well within the refresh throttle
    expect(await cache.get('alice', load, true)).toBe(first);
    const fresh = await cache.get('alice', load, 'now');
    expect(fresh).not.toBe(first);
    expect(load).toHaveBeenCalledTimes(2);
    // ... and a read in flight that started before the request is not joined.
    let release: () => void = () => undefined;
    const slow = jest.fn(
      () => new Promise<DirectoryEntry>((resolve) => (release = () => resolve(entry('slow'))))
    );
    now = 100_000;
    const early = cache.get('alice', slow, true);
    now = 100_001;
    const late = cache.get('alice', load, 'now');
    release();
    expect(await early).toEqual(entry('slow'));
    expect(await late).toEqual(entry('read 3'));
  });

  it('does not keep a failed read', async () => {
    const cache = new DirectoryCache();
    await expect(cache.get('alice', () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down'
    );
    expect(cache.has('alice')).toBe(false);
  });

  it('holds at most maxEntries callers, dropping the oldest', async () => {
    const cache = new DirectoryCache({ maxEntries: 2 });
    for (const name of ['a', 'b', 'c']) await cache.get(name, async () => entry(name));
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([false, true, true]);
  });

  it('joins a refresh in flight and serves a refresh within the interval from the last read', async () => {
    let now = 0;
    const cache = new DirectoryCache({ now: () => now });
    let release: () => void = () => undefined;
    const load = jest.fn(
      () => new Promise<DirectoryEntry>((resolve) => (release = () => resolve(entry('x'))))
    );
    const storm = Array.from({ length: 200 }, () => cache.get('alice', load, true));
    release();
    const answers = await Promise.all(storm);
    expect(new Set(answers).size).toBe(1);
    expect(load).toHaveBeenCalledTimes(1);
    now = REFRESH_INTERVAL_MS - 1;
    await cache.get('alice', load, true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('aborts a read when every request waiting for it has gone, and not before', async () => {
    const cache = new DirectoryCache();
    let readSignal: AbortSignal | undefined;
    const load = jest.fn(
      (signal: AbortSignal) =>
        new Promise<DirectoryEntry>((_, reject) => {
          readSignal = signal;
          signal.addEventListener('abort', () => reject(new Error('aborted')));
        })
    );
    const first = new AbortController();
    const second = new AbortController();
    const a = cache.get('alice', load, false, first.signal);
    const b = cache.get('alice', load, true, second.signal);
    first.abort();
    await expect(a).rejects.toBeInstanceOf(RequestAbortedError);
    expect(readSignal?.aborted).toBe(false);
    second.abort();
    await expect(b).rejects.toBeInstanceOf(RequestAbortedError);
    expect(readSignal?.aborted).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    expect(cache.has('alice')).toBe(false);
  });
});
