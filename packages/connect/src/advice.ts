/** What an advice sentence may name: how to fix the credential, the vendor, the base URL setting. */
export interface AdviceWords {
  /** What to do about a refused credential, e.g. `set SUPERMEMORY_API_KEY or pass apiKey`. */
  fixCredential: string;
  /** The credential, as the reader knows it: `credential`, `API key`. */
  credential: string;
  /** The vendor, as the reader knows it: `the vendor`, `Datagrid`. */
  vendor: string;
  /** Where the base URL is set, e.g. `baseUrl or DATAGRID_BASE_URL`. */
  baseUrl: string;
}

type Advice = (words: AdviceWords) => string;

const fixInput: Advice = () => "fix the params or body named above";

/** The one table from a status to what a person should do about it. */
const byStatus: Record<number, Advice> = {
  400: fixInput,
  401: (words) => words.fixCredential,
  403: ({ credential }) =>
    `the ${credential} was accepted but may not do this; use one with permission to create connections`,
  404: ({ baseUrl }) => `check the base URL (${baseUrl}) and the path parameters`,
  422: fixInput,
};

const wait = (retryAfterMs: number | undefined): string =>
  retryAfterMs === undefined
    ? "try again later"
    : `try again in ${Math.ceil(retryAfterMs / 1000)}s`;

/**
 * What to do about a vendor's non-2xx answer, from its status (and the wait it asked for) only,
 * never from its body: the same advice in connect's errors, the CLI and the example app, each
 * with its own words for the credential, the vendor and the base URL.
 */
export function statusAdvice(
  status: number,
  retryAfterMs: number | undefined,
  words: AdviceWords,
): string | undefined {
  const advice = byStatus[status];
  if (advice) return advice(words);
  if (status === 429 || status === 503 || retryAfterMs !== undefined) return wait(retryAfterMs);
  if (status === 408 || (status >= 500 && status !== 501))
    return `${words.vendor} failed; try again later`;
  return undefined;
}
