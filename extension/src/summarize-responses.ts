import { addToTally, createTally, type NpsConfig, type NpsResponse, type NpsSummary, summarize } from '@nps-pages/core';

/** The headline summary of responses with the config's statistics options (weighted when it says so, as the site's headline). */
export function summarizeResponses(responses: readonly NpsResponse[], config: NpsConfig): NpsSummary {
  const tally = createTally();
  for (const response of responses) addToTally(tally, response.score, response.weight);
  return summarize(tally, config.statistics);
}
