/** Default page size for iterators: Buffer's maximum, so a short page reliably means the end. */
export const ITERATE_PAGE_SIZE = 100;
/** Default hard cap on pages an iterator fetches, whatever the server says. */
export const DEFAULT_MAX_PAGES = 100;

export interface PageOf<T> {
  readonly total: number;
  readonly items: readonly T[];
}

export interface PagingOptions {
  /** First page to fetch (default 1). */
  readonly startPage: number;
  /** Page size asked for; a page with fewer items is the last one. */
  readonly count: number;
  /** Stop after this many pages even if the server claims more. */
  readonly maxPages: number;
}

/**
 * Walks pages until one of: `total` items seen (counting the pages before `startPage`), a short or empty page, a page with no id that was not seen
 * before (a server that ignores `page` would otherwise loop forever), or `maxPages` pages. Items with an id
 * already yielded are never yielded twice. A page that repeats only some ids (the list moved between two
 * requests: an update was added to the queue, so the next page starts with one already seen) does not end
 * the walk, or every later page would be lost.
 */
export async function* paginate<T extends { id: string }>(
  fetchPage: (page: number) => Promise<PageOf<T>>,
  options: PagingOptions,
): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  // Items on the pages before `startPage` count towards `total` too (those pages are full: a short one ends
  // a walk), or a walk starting later asks for a page past the end whenever its last page is full.
  const skipped = (options.startPage - 1) * options.count;
  for (let n = 0; n < options.maxPages; n++) {
    const { total, items } = await fetchPage(options.startPage + n);
    let fresh = 0;
    for (const item of items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      fresh++;
      yield item;
    }
    if (fresh === 0 || items.length === 0 || items.length < options.count || skipped + seen.size >= total) {
      return;
    }
  }
}
