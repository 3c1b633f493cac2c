// What the overview's charts compute from the rows they are given: totals, the largest bar, the bars' colour.

/** The app's primary blue (styles.css --colour-primary): the charts draw in it. */
export const barColour = '#1d4f91';

export function sum<Row>(rows: readonly Row[], value: (row: Row) => number): number {
  return rows.reduce((total, row) => total + value(row), 0);
}

/** The row with the most yen, the first of equals; undefined for no rows. */
export function largest<Row extends { amount: number }>(rows: readonly Row[]): Row | undefined {
  return rows.reduce<Row | undefined>(
    (best, row) => (best === undefined || row.amount > best.amount ? row : best),
    undefined,
  );
}
