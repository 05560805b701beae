import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Mounts an Observable Plot SVG drawn at the width of its box (redrawn when the box resizes).
 * The SVG is hidden from screen readers, which get `children` (a table of the same numbers).
 */
export function PlotFigure({
  caption,
  draw,
  deps,
  children,
  className,
  maxWidth = 440,
}: {
  caption: string;
  draw: (width: number) => Element;
  deps: readonly unknown[];
  children: ComponentChildren;
  className?: string;
  maxWidth?: number;
}) {
  const host = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const measure = () => setWidth(Math.min(maxWidth, Math.floor(el.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (width <= 0) return;
    const svg = draw(width);
    host.current?.replaceChildren(svg);
    return () => svg.remove();
  }, [width, ...deps]);
  return (
    <figure class={`chart ${className ?? ''}`}>
      <figcaption>{caption}</figcaption>
      <div class="plot" ref={host} aria-hidden="true" />
      {children}
    </figure>
  );
}
