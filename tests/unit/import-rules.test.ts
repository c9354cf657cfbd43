import { describe, expect, it } from 'vitest';
import type { CsvRow } from '@/lib/import/reader';
import { checkCsvRow } from '@/lib/import/validate';
import { newSourceId, sourceKey } from '@/lib/model';

const good: CsvRow = {
  actor: 'France',
  actor_kind: 'state',
  event: 'UN Resolution ES-11/1',
  event_date: '2022-03-02',
  stance: 'condemnation',
  stated_on: '',
  quote: 'France voted in favour',
  quote_kind: '',
  source_title: 'UN voting record',
  source_url: 'https://example.org/vote',
  source_date: '2022-03-02',
};

describe('checkCsvRow', () => {
  it('turns a good row into a stance row with ids made from the names', () => {
    const { row, problems } = checkCsvRow(good);
    expect(problems).toEqual([]);
    expect(row).toMatchObject({
      actorId: 'france',
      actorName: 'France',
      eventId: 'un-resolution-es-11-1',
      stance: 'condemnation',
    });
    expect(row!.source.key).toBe('url:https://example.org/vote');
  });

  it.each([
    [{ quote: '' }, /quote is required: a stance without evidence is not stored/],
    [{ actor: '' }, /actor is required/],
    [{ actor_kind: 'planet' }, /actor_kind "planet" must be one of state, government/],
    [{ stance: 'love' }, /stance "love" must be one of support, condemnation, caution/],
    [{ event_date: '3 March 2022' }, /event_date "3 March 2022" must be a date/],
    [{ event_date: '2022-13' }, /event_date "2022-13" must be a date/],
    [{ source_date: '22/03/02' }, /source_date "22\/03\/02" must be a date/],
    [{ stated_on: '2022-02-30' }, /stated_on "2022-02-30" must be a date/],
    [{ stated_on: 'last week' }, /stated_on "last week" must be a date/],
    [{ source_url: 'example.org/vote' }, /source_url "example.org\/vote" must be a full http\(s\) address/],
    [{ source_title: '' }, /source_title is required/],
    [{ quote_kind: 'quoted' }, /quote_kind "quoted" must be one of direct, reported, or empty/],
    [{ quote_kind: 'Direct' }, /quote_kind "Direct" must be one of direct, reported/],
    [{ actor: '!!!' }, /has no letters or digits/],
    [{ actor: 'Same', event: 'same' }, /actor and event have the same id "same"/],
  ])('refuses %o', (change, message) => {
    const { row, problems } = checkCsvRow({ ...good, ...change });
    expect(row).toBeUndefined();
    expect(problems.join('; ')).toMatch(message);
  });

  it('takes the date a stance was stated when the row gives one, and leaves it unsaid otherwise', () => {
    expect(checkCsvRow({ ...good, stated_on: '2022-03-04' }).row?.statedOn).toBe('2022-03-04');
    expect(checkCsvRow({ ...good, stated_on: '2024-02-29' }).row?.statedOn).toBe('2024-02-29');
    expect(checkCsvRow(good).row?.statedOn).toBeNull();
  });

  it('takes a quote as the actor’s own words only when the row says direct; an empty cell leaves it unsaid', () => {
    expect(checkCsvRow({ ...good, quote_kind: 'direct' }).row?.quoteKind).toBe('direct');
    expect(checkCsvRow({ ...good, quote_kind: 'reported' }).row?.quoteKind).toBe('reported');
    // Unsaid: a stored quote keeps its kind, a new one is stored as reported (lib/import/kinds.ts).
    expect(checkCsvRow(good).row?.quoteKind).toBeNull();
  });

  it('a source without an address is known by its title and date', () => {
    expect(sourceKey('Record', null, '2022').key).toBe('title:Record\u00002022');
    expect(newSourceId(sourceKey('UN voting record', 'https://example.org/vote', null))).toMatch(
      /^un-voting-record-[a-z0-9]{7}$/,
    );
  });
});
