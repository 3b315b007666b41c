import type { Quadrant } from '../api/types';

/** Mendelow's grid as drawn: high influence on the top row, more affected to the right. */
export const GRID_ROWS: [Quadrant, Quadrant][] = [
  ['keep_satisfied', 'manage_closely'],
  ['monitor', 'keep_informed'],
];

/** The quadrants in reading order of the grid (top left to bottom right). */
export const QUADRANT_ORDER: Quadrant[] = GRID_ROWS.flat();
