// A list read a page at a time with "show more": the rows of the pages already shown, and the page the
// latest answer brings, if it is the one asked for (a stale answer for another cursor is not shown twice).

/** The rows shown before the page being asked for, and that page's cursor. */
export interface EarlierPages<Row> {
  after: string;
  rows: Row[];
}

interface Page<Row> {
  nodes: Row[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface PagesSoFar<Row, P extends Page<Row>> {
  /** The page asked for, once its answer is in. */
  current: P | undefined;
  rows: Row[];
  /** The cursor to ask for the next page with; null when there is none (or none yet). */
  endCursor: string | null;
}

/** `answeredAfter` is the cursor the latest answer was for (the operation's `after` variable). */
export function pagesSoFar<Row, P extends Page<Row>>(
  earlier: EarlierPages<Row> | null,
  answeredAfter: string | null | undefined,
  page: P | undefined,
): PagesSoFar<Row, P> {
  const current = (answeredAfter ?? null) === (earlier?.after ?? null) ? page : undefined;
  return {
    current,
    rows: [...(earlier?.rows ?? []), ...(current?.nodes ?? [])],
    endCursor: current?.pageInfo.hasNextPage ? (current.pageInfo.endCursor ?? null) : null,
  };
}
