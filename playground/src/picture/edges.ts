/**
 * @module
 * Edge geometry: a curve from one card to another — side to side when they sit in different
 * columns, an arc beside the column when they share one — and the point where its label goes.
 */
import type { Box } from './layout.js';

/** A cubic Bézier curve. */
export interface Curve {
  readonly from: readonly [number, number];
  readonly c1: readonly [number, number];
  readonly c2: readonly [number, number];
  readonly to: readonly [number, number];
}

/** The curve joining box `a` to box `b`. */
export function curveBetween(a: Box, b: Box): Curve {
  const ay = a.y + a.h / 2;
  const by = b.y + b.h / 2;
  if (b.x >= a.x + a.w) {
    const dx = (b.x - (a.x + a.w)) / 2;
    return { from: [a.x + a.w, ay], c1: [a.x + a.w + dx, ay], c2: [b.x - dx, by], to: [b.x, by] };
  }
  if (b.x + b.w <= a.x) {
    const dx = (a.x - (b.x + b.w)) / 2;
    return { from: [a.x, ay], c1: [a.x - dx, ay], c2: [b.x + b.w + dx, by], to: [b.x + b.w, by] };
  }
  // Same column: an arc on the left side, wider the farther apart.
  const bulge = 18 + Math.min(40, Math.abs(by - ay) / 8);
  return { from: [a.x, ay], c1: [a.x - bulge, ay], c2: [b.x - bulge, by], to: [b.x, by] };
}

/** The curve as an SVG path. */
export function pathOf(c: Curve): string {
  const p = (xy: readonly [number, number]) => `${xy[0].toFixed(1)},${xy[1].toFixed(1)}`;
  return `M${p(c.from)} C${p(c.c1)} ${p(c.c2)} ${p(c.to)}`;
}

/** The point at parameter `t` (0 at the start, 1 at the end). */
export function pointAt(c: Curve, t: number): [number, number] {
  const u = 1 - t;
  const at = (i: 0 | 1) => u * u * u * c.from[i] + 3 * u * u * t * c.c1[i] + 3 * u * t * t * c.c2[i] + t * t * t * c.to[i];
  return [at(0), at(1)];
}
