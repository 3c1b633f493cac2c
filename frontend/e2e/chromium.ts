// The browser the end-to-end tests drive: Debian's Chromium, never one downloaded at run time.
import { existsSync } from 'node:fs';

export const chromiumPath = '/usr/bin/chromium';

export const hasChromium = existsSync(chromiumPath);

export const noChromiumMessage = `Chromium not found at ${chromiumPath}: browser tests skipped`;
