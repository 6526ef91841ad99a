/**
 * Which answer of the worker still counts. The page asks the worker for a selection, a page of the list or the
 * marks in view, and may ask again before the answer comes (a reader ticks two boxes, pans twice): an answer to
 * an older request is dropped. One `Latest` per kind of request.
 */
export class Latest {
  #count = 0;

  /** A ticket for a new request; it makes every earlier ticket stale. */
  next(): number {
    return ++this.#count;
  }

  /** The ticket of the latest request, to check later whether a newer one came. */
  get current(): number {
    return this.#count;
  }

  /** Whether no request came after this ticket's. */
  isCurrent(ticket: number): boolean {
    return ticket === this.#count;
  }
}
