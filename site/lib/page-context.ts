import { type Messages, messagesFor } from '../i18n/index.ts';
import { createFormatters, type Formatters } from './format.ts';
import { type LoadedReport, reportOfThisBuild } from './load-report.ts';

/** What every page and component renders with: the report, its UI strings and its formatters. */
export interface PageContext extends LoadedReport {
  t: Messages;
  f: Formatters;
}

let memo: Promise<PageContext> | undefined;

export function pageContext(): Promise<PageContext> {
  memo ??= reportOfThisBuild().then((loaded) => {
    const locale = loaded.report.meta.locale;
    return { ...loaded, t: messagesFor(locale), f: createFormatters(locale) };
  });
  return memo;
}
