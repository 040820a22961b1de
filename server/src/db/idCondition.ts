// An SQL condition naming integer ids read from the database, written into
// the statement as they are. Ids that are every id from the first to the
// last (a run of the rescore of everyone, which walks subjects by id) are
// one range of the index to read, instead of a lookup per id: about half
// the database's work for the same rows.
export function idCondition(column: string, ids: number[]): string {
  for (let i = 1; i < ids.length; i += 1) {
    if (ids[i] !== ids[i - 1] + 1) return `${column} IN (${ids.join(', ')})`;
  }
  return `${column} BETWEEN ${ids[0]} AND ${ids[ids.length - 1]}`;
}
