/** Which slice of the matches a page of results shows. */
export interface PageSlice {
  /** The page shown: the one asked for, or the last when that is past it. */
  page: number;
  /** How many pages there are (at least 1, also with no matches). */
  pages: number;
  /** Matches to skip before the first one shown. */
  skip: number;
}

export function pageSlice(matches: number, pageSize: number, requested: number): PageSlice {
  const pages = Math.max(1, Math.ceil(matches / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pages);
  return { page, pages, skip: (page - 1) * pageSize };
}
