#!/usr/bin/env node
// Installs the Debian packages the tests need, when they are missing: Chromium (the site's browser
// tests and the extension's editor tests drive it), the Liberation fonts (the charts measure their
// text with them, so build-time SVG matches the browser), libkrb5-dev (code-server's native build).
// Plain JavaScript on the system Node, like with-toolchain.mjs. Usage: system-packages.mjs [build|test]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const purpose = process.argv[2] ?? 'test';
const wanted = [
  { name: 'fonts-liberation', present: () => existsSync('/usr/share/fonts/truetype/liberation') },
  ...(purpose === 'test'
    ? [
        { name: 'chromium', present: () => existsSync('/usr/bin/chromium') || Boolean(process.env.CHROME_PATH) },
        { name: 'libkrb5-dev', present: () => existsSync('/usr/include/gssapi/gssapi.h') },
      ]
    : []),
];

const missing = wanted.filter((item) => !item.present()).map((item) => item.name);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `[system] missing Debian packages: ${missing.join(', ')}. Install them with: sudo apt-get install ${missing.join(' ')}`,
  );
  // The build still works without the fonts (text is estimated); the tests cannot run without Chromium.
  process.exit(purpose === 'test' ? 1 : 0);
}
console.error(`[system] installing ${missing.join(', ')} with apt-get`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', ...missing],
]) {
  const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (result.status !== 0) {
    console.error(`[system] apt-get ${args[0]} failed (exit ${result.status})`);
    process.exit(purpose === 'test' ? 1 : 0);
  }
}
