import { compileCatalogStore, loadCatalog } from '../adapters/catalog/index.js';
import { fetchOfficialData, toSourceBases } from '../adapters/fetch/index.js';
import { loadCareerChangers } from '../adapters/onet/index.js';
import { createTitleSearch } from '../adapters/search/index.js';
import { buildQuestionnaire } from '../app/questionnaire/index.js';
import { askOnTerminal, type CliDeps } from '../cli/index.js';
import type { Config } from '../config/index.js';
import { openRecommender } from './open-recommender.js';

/** Wires the real adapters into what the CLI needs. */
export function createCliDeps(config: Config): CliDeps {
  return {
    config,
    io: {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      interactive: Boolean(process.stderr.isTTY),
    },
    fetchData: (request) =>
      fetchOfficialData({
        ...request,
        bases: toSourceBases(config.dataSources),
        fetchedAt: new Date().toISOString(),
      }),
    buildData: (request) => compileCatalogStore(config, request),
    loadTitleSearch: async () => createTitleSearch(await loadCatalog(config)),
    openRecommender: (options) =>
      openRecommender(config, {
        ...options,
        log: (message) => process.stderr.write(`${message}\n`),
      }),
    loadQuestionnaire: async () =>
      buildQuestionnaire((await loadCatalog(config)).interestActivities),
    loadCareerChangers: async (file) =>
      new Set((await loadCareerChangers(file)).map((r) => `${r.code}|${r.relatedCode}`)),
    ...(process.stdin.isTTY && { askLine: askOnTerminal }),
    now: () => new Date(),
  };
}
