import type { CommandIo } from './command-io.ts';

/** Counts on stderr while a long run goes, only when a terminal is attached (never in CI logs). */
export function createProgress(io: CommandIo): {
  file(name: string, index: number, total: number): void;
  tick(): void;
  done(): void;
} {
  if (!io.isTTY) return { file() {}, tick() {}, done() {} };
  let count = 0;
  let current = '';
  let lastDraw = 0;
  const draw = (): void => io.stderr(`\r\x1b[K${current} · ${count.toLocaleString('en')} responses`);
  return {
    file(name, index, total) {
      current = `[${index + 1}/${total}] ${name}`;
      draw();
    },
    tick() {
      count++;
      if (count - lastDraw >= 50_000) {
        lastDraw = count;
        draw();
      }
    },
    done() {
      io.stderr('\r\x1b[K');
    },
  };
}
