/**
 * Remembers every response id of a data set, across files, to report a duplicate with the place of
 * its first occurrence. A million ids must fit in little memory: each entry is one number (file
 * index and line packed together) rather than an object.
 */
export class IdRegistry {
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly seen = new Map<string, number>();

  /** Records the id; returns where it was first seen when it is a duplicate. */
  claim(id: string, file: string, line: number): { file: string; line: number } | undefined {
    const first = this.seen.get(id);
    if (first !== undefined) {
      return { file: this.files[Math.floor(first / LINE_LIMIT)] ?? file, line: first % LINE_LIMIT };
    }
    let index = this.fileIndex.get(file);
    if (index === undefined) {
      index = this.files.length;
      this.files.push(file);
      this.fileIndex.set(file, index);
    }
    this.seen.set(id, index * LINE_LIMIT + line);
    return undefined;
  }
}

/** Lines per file that the packing supports (2^32): far beyond any export. */
const LINE_LIMIT = 2 ** 32;
