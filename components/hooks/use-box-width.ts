'use client';
import { useEffect, useState, type RefObject } from 'react';

/** The width of a box in CSS pixels, kept up to date as it is resized (0 before it is laid out): charts draw to it. */
export function useBoxWidth(box: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [box]);
  return width;
}
