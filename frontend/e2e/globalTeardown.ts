// Removes the temporary directory that held this run's database (see playwright.config.ts).
import { rmSync } from 'node:fs';

export default function globalTeardown(): void {
  const dataDir = process.env.KOUSHIN_E2E_DIR;
  if (dataDir !== undefined) {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
