/** Counts before a cue ("58 percent voted in favour"): a tally the speaker reports, not their stance. */

/**
 * "58 percent voted", "1,200 members": a count before the cue; not a day of a month ("on July 4
 * welcomed") nor a year ("on 4 July 2025 condemned").
 */
const TALLY_BEFORE =
  /(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)(?<![\d,])\d{1,3}(?:,\d{3})*\s*(?:percent|per\s+cent|%)?\s+$/;

/** "61.4% of voters had backed", "two-thirds of lawmakers voted for": a count of others, not a stance. */
const TALLY_SHARE =
  /(?:\d(?:\.\d+)?\s*(?:percent|per\s+cent|%)|\b(?:half|a\s+third|two-thirds|a\s+majority|most))\s+of\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+)?(?:voters|votes|ballots|respondents|those\s+polled|members|lawmakers|deputies|MPs|senators|delegates|states)\s+(?:had\s+|have\s+|has\s+)?$/;

/** Whether the cue at `at` is counted: "58 percent voted in favour", "two-thirds of lawmakers backed". */
export function tallied(text: string, at: number): boolean {
  return (
    TALLY_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || TALLY_SHARE.test(text.slice(Math.max(0, at - 60), at))
  );
}
