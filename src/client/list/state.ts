/** The reader's selection as the checkboxes hold it, and which of several overlapping renders may still show. */
import { facetKeys, type Selection } from '../../lib/core/facets.ts';

/** The ticked values per facet, in facet order (the boxes are named by facet key). */
export function selectionFromBoxes(boxes: readonly HTMLInputElement[]): Selection {
  const selection: Selection = {};
  for (const key of facetKeys) {
    const values = boxes.filter((box) => box.name === key && box.checked).map((box) => box.value);
    if (values.length > 0) selection[key] = values;
  }
  return selection;
}

/**
 * Turns for renders that wait on the network: `begin()` gives a check that stays true only while no later
 * render has begun, so a slow answer for an earlier view never overwrites a later one.
 */
export function turns(): { begin: () => () => boolean } {
  let current = 0;
  return {
    begin() {
      const mine = ++current;
      return () => mine === current;
    },
  };
}
