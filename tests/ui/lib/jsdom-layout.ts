/**
 * jsdom lays nothing out: elements report a size of 0, so the table's virtualizer renders no
 * rows. Give every element a viewport-like size.
 */
export function giveElementsASize(width = 1000, height = 600): void {
  for (const [prop, value] of [
    ['clientHeight', height],
    ['clientWidth', width],
  ] as const)
    Object.defineProperty(Element.prototype, prop, { configurable: true, get: () => value });
}
