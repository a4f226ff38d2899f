import { describe, expect, it } from 'vitest';

describe('test harness', () => {
  it('has an IndexedDB for the db layer', () => {
    expect(typeof indexedDB.open).toBe('function');
  });
});
