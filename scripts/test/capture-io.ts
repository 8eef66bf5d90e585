import type { CommandIo } from '../src/commands/validate.ts';

/** A command's output sink that keeps what it prints, as a terminal in CI would show it. */
export function captureIo(): { io: CommandIo; stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTTY: false,
  };
  return { io, stdout: () => stdout, stderr: () => stderr };
}
