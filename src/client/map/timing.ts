/** When the map page's script does its work: after the first paint, in tasks of their own. */

/** Resolves once the page has painted: the map's work starts after the reader sees the page, not before. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A tab opened in the background paints nothing (and runs no animation frames) until it is shown.
    if (document.visibilityState === 'hidden') resolve();
    else
      requestAnimationFrame(() => {
        setTimeout(resolve, 0);
      });
  });
}

/** Resolves in a later task, so the browser can paint and answer input in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
