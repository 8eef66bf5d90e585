/** What a command may do to the outside world: write its output, and know whether a person is watching. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}
