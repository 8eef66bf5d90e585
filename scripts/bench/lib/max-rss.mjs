// Preloaded with `node --import` into a measured child process: on exit, writes the process's peak
// resident set size (bytes) to the file named by NPS_BENCH_RSS_FILE. Plain JavaScript so that it
// loads before anything else, in any child (the nps CLI or the DuckDB baseline).
import { writeFileSync } from 'node:fs';

const target = process.env.NPS_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
  });
}
