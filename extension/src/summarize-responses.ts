import { addToTally, createTally, type NpsConfig, type NpsResponse, type NpsSummary, summarize } from '@nps-pages/core';

/** The headline summary of responses with the config's statistics options (unweighted, as the site's headline). */
export function summarizeResponses(responses: readonly NpsResponse[], config: NpsConfig): NpsSummary {
  const tally = createTally();
  for (const response of responses) addToTally(tally, response.score);
  return summarize(tally, config.statistics);
}
