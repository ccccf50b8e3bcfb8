/**
 * The loader groups rows in SQL by the quarter hour of their UTC timestamp ("2027-03-28T01:45"), so the database
 * returns at most 96 groups a day however many rows there are, and the groups are sorted into the learner's review
 * days here. Every time zone in use today is a whole number of quarter hours from UTC and a review day starts on a
 * whole hour, so no group straddles the start of a day.
 *
 * quarterHourStart("2027-03-28T01:45") → 2027-03-28T01:45:00.000Z
 */
export function quarterHourStart(bucket: string): Date {
  return new Date(`${bucket}:00.000Z`);
}
