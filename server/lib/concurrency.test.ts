import { chunk, mapWithConcurrency } from './concurrency';

describe('mapWithConcurrency', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    const results = await mapWithConcurrency([30, 10, 20, 0, 5], 2, async (ms, index) => {
      running += 1;
      most = Math.max(most, running);
      seen.push(index);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:10', '2:20', '3:0', '4:5']);
    expect(most).toBe(2);
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('runs every item at once when the limit is above their number, and nothing for no items', async () => {
    let running = 0;
    let most = 0;
    const task = async (item: string) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return item.toUpperCase();
    };
    expect(await mapWithConcurrency(['a', 'b', 'c'], 10, task)).toEqual(['A', 'B', 'C']);
    expect(most).toBe(3);
    expect(await mapWithConcurrency([], 4, task)).toEqual([]);
  });
});

describe('chunk', () => {
  it('splits into chunks of at most the size, in order', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(chunk([1], 5)).toEqual([[1]]);
    expect(chunk([], 3)).toEqual([]);
  });
});
