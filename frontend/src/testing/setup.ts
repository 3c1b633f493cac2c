// Runs before every test file: each test starts with an empty page, no remembered language or cart and a
// Japanese browser (jsdom's own is English), so a test that wants another browser says so.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

beforeEach(() => {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['ja-JP', 'ja']);
});

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  document.documentElement.lang = '';
});
