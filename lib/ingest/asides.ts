/**
 * Descriptions set between commas after a name (", who has long criticised X,", ", the party of the
 * deposed president, Y,"): what they say of someone is not what that someone says now.
 */
import type { Mention } from './mentions';
import type { Sentence } from './sentences';

/**
 * Clauses that describe someone rather than report what they say: ", who has previously criticised
 * X," or ", a frequent critic of Y,". A clause that reports speech (", which stated that …") is kept.
 */
export function describingClauses(sentence: Sentence, mentions: Mention[]): [number, number][] {
  const out: [number, number][] = [];
  // ", Russia's special envoy for Afghanistan," and ", former Vice President of X," are descriptions too.
  for (const m of sentence.text.matchAll(
    /,\s+(?:who|whom|which|whose|to which|of which|a|an|the|former|onetime|one-time|outgoing|\p{Lu}[\p{L}.-]*['’]s|(?:[a-z-]+\s+){0,3}(?:spokes\w+|envoy|ambassador|adviser|advisor|aide|head|chief|director|chair\w*|president|leader|secretary|member)\s+(?:for|of|to))\s+(?:[^,;]|,(?=\d{3})){3,160}?(?=,(?!\d{3}))/gu,
  )) {
    // The closing comma is looked at, not taken: it may open the next description (", spokesman for X, who …,").
    const clause = `${m[0]},`;
    // Only right after a name: ", the opposition Green Left," after "At home" describes no one, nor
    // after a place that opens the sentence ("In Kenya, the opposition … said").
    // "the Civic Reform party, who …": the noun a party's name leaves in lower case is part of it.
    const named = mentions.find(
      (x) =>
        x.end === sentence.start + m.index ||
        (x.end < sentence.start + m.index &&
          /^\s+(?:party|group|movement|faction|bloc|alliance|coalition|front)$/.test(
            sentence.text.slice(x.end - sentence.start, m.index),
          )),
    );
    if (
      !named ||
      /(?:^|\s)(?:in|at|on|across|throughout)\s+(?:the\s+)?$/i.test(
        sentence.text.slice(Math.max(0, named.start - sentence.start - 12), named.start - sentence.start),
      )
    )
      continue;
    // "As a friendly neighbour of Afghanistan, the Chinese side believes …": the comma ends the opening
    // phrase; what follows is the sentence, not a description of the name.
    if (/^["“]?(?:As|Like|Unlike|Being)\s[^,]*$/.test(sentence.text.slice(0, named.start - sentence.start))) continue;
    if (
      /^,\s+(?:who|which)\s+(?:also\s+)?(?:said|says|stated|states|told|added|warned|called|described|wrote|voted|abstained)\b/.test(
        clause,
      )
    )
      continue;
    // "… under ousted President X, Niger's Foreign Minister Y said in a post,": the reporting clause.
    if (/\p{Lu}[\p{L}.-]*\s+(?:said|says|told|wrote|added|stated|tweeted)\b/u.test(clause)) continue;
    let end = sentence.start + m.index + clause.length;
    // ", a coalition of activists, lawyers and civil society leaders,": a list inside the description.
    const list = /^\s+\p{Ll}[\p{Ll}\s'’-]{0,60}?\s(?:and|or)\s[\p{Ll}\s'’-]{1,60},/u.exec(
      sentence.text.slice(end - sentence.start),
    );
    if (list && /^,\s+(?:a|an|the)\s/.test(clause)) end += list[0].length;
    // "X, the party of the deposed president, Y, called …": Y names the description's noun, and is in
    // it ("X, whose leader, Y, called …" is Y speaking).
    const slice = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
    const appositive = mentions.find((o) => /^\s+$/.test(slice(end, o.start)) && slice(o.end, o.end + 1) === ',');
    if (appositive && !/^,\s+whose\b/.test(clause) && /\s[a-z-]+$/.test(clause.slice(0, -1))) end = appositive.end + 1;
    out.push([sentence.start + m.index, end]);
  }
  return out;
}
