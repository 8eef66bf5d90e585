// The ingestion benchmark's baseline, run as its own process: DuckDB reads the same CSV and counts
// promoters, passives and detractors per month. DuckDB is native and vectorised: the figure to beat
// (ratio <= 1.5) is what a BI-as-code tool built on it would take for the same question.
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
if (!file) throw new Error('usage: duckdb-baseline.ts <file.csv>');

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const reader = await connection.runAndReadAll(`
  SELECT strftime(CAST(date AS TIMESTAMP), '%Y-%m') AS month,
         count(*) AS n,
         count(*) FILTER (WHERE score >= 9) AS promoters,
         count(*) FILTER (WHERE score BETWEEN 7 AND 8) AS passives,
         count(*) FILTER (WHERE score <= 6) AS detractors
  FROM read_csv('${file.replaceAll("'", "''")}', header = true)
  GROUP BY month ORDER BY month`);
const rows = reader.getRowObjectsJson();
const total = rows.reduce((sum, row) => sum + Number(row.n), 0);
process.stdout.write(`${JSON.stringify({ months: rows.length, n: total })}\n`);
