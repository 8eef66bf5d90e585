import type { DownloadFile } from '@nps-pages/core';
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadsOf } from '../../lib/downloads.ts';
import { reportOfThisBuild } from '../../lib/load-report.ts';

// One static file per aggregate: /downloads/overview.csv, /downloads/themes.json, ...
export const getStaticPaths = (async () => {
  const { report } = await reportOfThisBuild();
  return downloadsOf(report).map((file) => ({ params: { file: file.name }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DownloadFile }> = ({ props }) =>
  new Response(props.file.text, { headers: { 'content-type': `${props.file.mediaType}; charset=utf-8` } });
