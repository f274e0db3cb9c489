import type { DirectoryEntry } from './directory_cache';
import { DIRECTORY_CACHE_TTL_MS, DirectoryCache } from './directory_cache';

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
    const cache = new DirectoryCache();
    const load = jest.fn(async () => entry('x'));
    const [a, b] = await Promise.all([cache.get('alice', load), cache.get('alice', load)]);
    expect(a).toBe(b);
    expect(load).toHaveBeenCalledTimes(1);
    await cache.get('bob', load);
    await cache.get('alice', load, true);
    expect(load).toHaveBeenCalledTimes(3);
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
});
