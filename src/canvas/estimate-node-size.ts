/**
 * Node sizes for the layout, estimated from content before React measures anything.
 * The numbers match the fixed line heights in canvas.css, so the estimate is close enough
 * for dagre to keep nodes apart; React Flow still measures the real boxes for edges.
 */
import type { ImageNodeData, StageNodeData } from './flow-types.ts';

/** A node's width and height in canvas pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Fixed so long names and image refs ellipsize instead of widening the layout. */
export const STAGE_NODE_WIDTH = 240;
/** How many instructions a stage node lists. */
export const LISTED_INSTRUCTIONS = 4;

const STAGE_CHROME = 2 * 8 + 2 * 1; // padding and border, top and bottom
const HEADER = 24;
const LINE = 18;
const INSTRUCTION_LINE = 16;

/** The size of a stage node: header, base, platform (if any), count, listed instructions. */
export function estimateStageSize(data: StageNodeData): Size {
  const lines = LINE * (data.platform === null ? 2 : 3);
  return { width: STAGE_NODE_WIDTH, height: STAGE_CHROME + HEADER + lines + INSTRUCTION_LINE * data.instructions.length };
}

const IMAGE_CHAR = 7.2; // 12px monospace
const IMAGE_PADDING = 40; // padding, border and the icon
const IMAGE_MIN = 110;
const IMAGE_MAX = 260;
const IMAGE_HEIGHT = 34;

/** The size of an image node: one line of monospace text, clamped. */
export function estimateImageSize(data: ImageNodeData): Size {
  const width = Math.min(IMAGE_MAX, Math.max(IMAGE_MIN, Math.ceil(data.ref.length * IMAGE_CHAR + IMAGE_PADDING)));
  return { width, height: IMAGE_HEIGHT };
}

const LABEL_CHAR = 6.6; // 11px monospace
const LABEL_PADDING = 12;
/** Label widths the layout reserves, coarse so that typing a path rarely changes the shape. */
const LABEL_BUCKETS = [72, 136, 200] as const;

/**
 * The room an edge label needs between two ranks, rounded up to one of a few widths: the
 * width is part of the graph's shape, and a fine-grained one would relayout on every
 * character typed into a COPY source path.
 */
export function estimateLabelWidth(label: string): number {
  if (label === '') return 0;
  const width = label.length * LABEL_CHAR + LABEL_PADDING;
  return LABEL_BUCKETS.find((bucket) => width <= bucket) ?? LABEL_BUCKETS[LABEL_BUCKETS.length - 1];
}
