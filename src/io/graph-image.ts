import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toBlob, toSvg } from 'html-to-image';
import type { Options } from 'html-to-image/lib/types';

/** The image formats the graph exports to. */
export const GRAPH_IMAGE_FORMATS = ['svg', 'png'] as const;
export type GraphImageFormat = (typeof GRAPH_IMAGE_FORMATS)[number];

/** Room around the nodes, in CSS pixels. */
const MARGIN_PX = 24;
/** The longest side an export may have: larger graphs are drawn smaller to fit. */
const MAX_SIDE_PX = 8000;
/** Scale of the PNG's pixels to CSS pixels, for a sharp image on high-density screens. */
const PNG_PIXEL_RATIO = 2;

/** React Flow writes each node's place as `translate(xpx, ypx)` on its wrapper. */
function nodeFromElement(element: HTMLElement): Node | null {
  const match = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/.exec(element.style.transform);
  if (match === null) return null;
  return {
    id: element.dataset['id'] ?? '',
    position: { x: Number(match[1]), y: Number(match[2]) },
    width: element.offsetWidth,
    height: element.offsetHeight,
    data: {},
  };
}

/**
 * The style properties copied onto each cloned element: every standard property, but no
 * custom properties. Chromium lists ~1,700 of those (`--vscode-*`, `--xy-*`) on every element,
 * and copying them made up most of the export time; the standard properties already hold
 * their resolved values, so the image does not need them.
 */
function standardStyleProperties(): string[] {
  return [...getComputedStyle(document.documentElement)].filter((name) => !name.startsWith('--'));
}

/**
 * The canvas's editing controls (a node's buttons, its connection handles) are for the
 * screen, not the picture: the export leaves them out.
 */
const EDITING_CONTROLS = '.stage-node__controls, .react-flow__handle, .react-flow__node button';

function isPartOfTheGraph(node: HTMLElement): boolean {
  return !(node instanceof Element && node.matches(EDITING_CONTROLS));
}

/** What html-to-image needs to draw the whole graph at its natural size. */
interface CaptureSetup {
  readonly viewport: HTMLElement;
  readonly options: Options;
}

/**
 * Frames the graph the way React Flow's "download image" recipe does: the bounds of every
 * node (`getNodesBounds`), a transform that fits them (`getViewportForBounds`), applied to a
 * clone of `.react-flow__viewport`, so the on-screen pan and zoom do not matter.
 */
function captureSetup(root: ParentNode): CaptureSetup {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (viewport === null) throw new Error('The graph is not on screen, so there is nothing to export.');
  const nodes = [...viewport.querySelectorAll<HTMLElement>('.react-flow__node')].map(nodeFromElement).filter((n) => n !== null);
  if (nodes.length === 0) throw new Error('The graph has no stages to export.');
  const bounds = getNodesBounds(nodes);
  const zoom = Math.min(1, (MAX_SIDE_PX - 2 * MARGIN_PX) / Math.max(bounds.width, bounds.height));
  const width = Math.ceil(bounds.width * zoom + 2 * MARGIN_PX);
  const height = Math.ceil(bounds.height * zoom + 2 * MARGIN_PX);
  const fit = getViewportForBounds(bounds, width, height, zoom, zoom, `${MARGIN_PX}px`);
  const pane = viewport.closest<HTMLElement>('.react-flow') ?? viewport;
  const backgroundColor = getComputedStyle(pane).backgroundColor;
  return {
    viewport,
    options: {
      width,
      height,
      backgroundColor: backgroundColor === 'rgba(0, 0, 0, 0)' ? '#ffffff' : backgroundColor,
      style: { width: `${width}px`, height: `${height}px`, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})` },
      // The app's only web fonts are Monaco's icons, which the graph does not use; embedding
      // would fetch and inline them for nothing. System fonts need no embedding.
      skipFonts: true,
      includeStyleProperties: standardStyleProperties(),
      filter: isPartOfTheGraph,
    },
  };
}

/** The styles that make an SVG shape look as it does; stylesheets set most of them. */
const SVG_STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
] as const;

/**
 * html-to-image copies the computed style of HTML elements, but clones an `<svg>` whole,
 * with attributes only, so the edges (drawn in SVG and styled by stylesheets and CSS
 * variables) would come out unstroked, and label backgrounds black. This writes each SVG
 * shape's computed (resolved) look into its inline style for the capture, and returns a
 * function that puts every `style` attribute back as it was.
 */
function inlineSvgStyles(viewport: HTMLElement): () => void {
  const elements = [...viewport.querySelectorAll<SVGElement>('svg *')];
  const saved = elements.map((element) => ({ element, style: element.getAttribute('style') }));
  // Every read first, then every write: a read after a write would make the browser
  // recompute the styles of the whole page (Monaco included) once per element.
  const looks = elements.map((element) => {
    const computed = getComputedStyle(element);
    return SVG_STYLE_PROPERTIES.map((property) => computed.getPropertyValue(property));
  });
  elements.forEach((element, i) => SVG_STYLE_PROPERTIES.forEach((property, j) => element.style.setProperty(property, looks[i]![j]!)));
  return () => {
    for (const { element, style } of saved) {
      if (style === null) element.removeAttribute('style');
      else element.setAttribute('style', style);
    }
  };
}

/** An SVG data URL's markup. */
function svgFromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(0, comma);
  const body = dataUrl.slice(comma + 1);
  return header.endsWith(';base64') ? new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0))) : decodeURIComponent(body);
}

/**
 * The graph under `root` as an image file, drawn from the canvas's own DOM so it looks as
 * the canvas does. Everything happens in the page: no request leaves it.
 */
export async function renderGraphImage(root: ParentNode, format: GraphImageFormat): Promise<Blob> {
  const { viewport, options } = captureSetup(root);
  const restore = inlineSvgStyles(viewport);
  try {
    if (format === 'svg') {
      const svg = svgFromDataUrl(await toSvg(viewport, options));
      return new Blob([svg], { type: 'image/svg+xml' });
    }
    const blob = await toBlob(viewport, { ...options, pixelRatio: PNG_PIXEL_RATIO });
    if (blob === null) throw new Error('The browser could not draw the PNG.');
    return blob;
  } finally {
    restore();
  }
}
