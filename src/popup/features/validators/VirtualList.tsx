import { useState, type ReactNode } from 'react';

/**
 * A windowed list: only the rows in view (plus a few either side) are in the DOM, positioned inside a spacer
 * as tall as the whole list, so 2,000 rows scroll as smoothly as 20. Rows have one fixed height.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  height,
  overscan = 6,
  label,
  render,
  keyOf,
}: {
  items: readonly T[];
  rowHeight: number;
  height: number;
  overscan?: number;
  label: string;
  render: (item: T, index: number) => ReactNode;
  keyOf: (item: T) => string;
}) {
  const [top, setTop] = useState(0);
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + overscan);
  const shown = items.slice(first, last);
  return (
    <div
      role="list"
      aria-label={label}
      tabIndex={0}
      style={{ height, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setTop(e.currentTarget.scrollTop)}
      data-testid="virtual-list"
      data-rows={items.length}
    >
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>
        {shown.map((item, i) => (
          <div
            key={keyOf(item)}
            role="listitem"
            aria-setsize={items.length}
            aria-posinset={first + i + 1}
            style={{ position: 'absolute', top: (first + i) * rowHeight, left: 0, right: 0, height: rowHeight }}
          >
            {render(item, first + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
