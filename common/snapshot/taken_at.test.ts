/** `takenAt`: the time `/snapshot` stamps on a directory, checked when a snapshot is read back. */
import { snapshot } from '../engine/test_utils/fixtures';
import { parseSnapshot } from './parse';

describe('snapshot takenAt', () => {
  it('keeps an ISO 8601 time', () => {
    const text = JSON.stringify({ ...snapshot(), takenAt: '2026-12-01T09:30:00.000Z' });
    expect(parseSnapshot(text).takenAt).toBe('2026-12-01T09:30:00.000Z');
  });

  it('names a takenAt that is not a time', () => {
    const text = JSON.stringify({ ...snapshot(), takenAt: 'last Tuesday' });
    expect(() => parseSnapshot(text)).toThrow('takenAt: expected an ISO 8601 date and time');
  });
});
