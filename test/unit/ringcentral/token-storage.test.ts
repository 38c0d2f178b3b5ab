import { describe, expect, it } from 'vitest';
import { MemoryTokenStorage } from '../../../src/ringcentral/token-storage.js';

describe('the in-memory token storage', () => {
  it('behaves as Web Storage does', () => {
    const storage = new MemoryTokenStorage();
    expect(storage.getItem('rc-platform')).toBeNull();
    storage.setItem('rc-platform', '{"access_token":"a"}');
    storage.setItem('rc-other', 'b');
    expect(storage.getItem('rc-platform')).toBe('{"access_token":"a"}');
    expect(storage.length).toBe(2);
    expect(storage.key(0)).toBe('rc-platform');
    expect(storage.key(5)).toBeNull();
    expect(storage.keys()).toEqual(['rc-platform', 'rc-other']);
    storage.removeItem('rc-platform');
    expect(storage.keys()).toEqual(['rc-other']);
    storage.clear();
    expect(storage.length).toBe(0);
  });

  it('is one per client: two storages never share a session', () => {
    const first = new MemoryTokenStorage();
    const second = new MemoryTokenStorage();
    first.setItem('rc-platform', 'first');
    expect(second.getItem('rc-platform')).toBeNull();
  });
});
