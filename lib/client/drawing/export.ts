/** Downloads of the current view: a PNG with its legend, and the visible graph as JSON. */
import { ACTOR_KINDS, STANCES, type ActorKind, type Stance } from '@/lib/domain';
import { showsContext, type ExplorerState } from '../url/url-state';
import { stripBidiControls } from '../user-text';
import { shapePoints } from './shapes';
import {
  CONTEXT_COLOR,
  CONTEXT_TINT,
  EVENT_COLOR,
  EVENT_SHAPE,
  KIND_STYLES,
  RELATION_COLOR,
  STANCE_STYLES,
  STANCE_TEXT_COLORS,
  type NodeShape,
} from './styles';

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Room left for a name's words: well under the 255 bytes file systems allow, and readable in a file list. */
const MAX_NAME = 120;

/**
 * A download's file name from the words that say what it shows, safe on every file system: lower-case
 * ASCII letters, digits and single hyphens, cut at a hyphen when long. "stancegraph-<words>.<extension>".
 */
export function exportFilename(words: readonly string[], extension: string): string {
  let slug = words
    .join('-')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_NAME) slug = slug.slice(0, MAX_NAME).replace(/-[^-]*$/, '');
  return `stancegraph${slug ? `-${slug}` : ''}.${extension}`;
}

/** What narrows an explorer view, as words for a file name: the event, the focus, the filters. */
export function viewFileWords(
  state: Pick<ExplorerState, 'actor' | 'depth' | 'stances' | 'kinds' | 'context'>,
  eventId: string | null,
): string[] {
  const words = [eventId ?? 'all-events'];
  if (state.actor) words.push('around', state.actor, ...(state.depth > 1 ? [`${state.depth}-hops`] : []));
  const set = <T extends string>(chosen: T[], all: readonly T[], none: string) =>
    chosen.length === all.length ? [] : chosen.length === 0 ? [none] : all.filter((v) => chosen.includes(v));
  words.push(...set(state.stances, STANCES, 'no-stances'), ...set(state.kinds, ACTOR_KINDS, 'no-kinds'));
  if (state.context !== null && state.context !== showsContext({ ...state, context: null })) {
    words.push(state.context ? 'with-context' : 'without-context');
  }
  return words;
}

function loadImage(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(blob);
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The graph image could not be read.'));
    };
    image.src = url;
  });
}

function drawShape(ctx: CanvasRenderingContext2D, shape: NodeShape, x: number, y: number, r: number) {
  const points = shapePoints(shape, x, y, r);
  ctx.beginPath();
  if (points === null) ctx.ellipse(x, y, r, r, 0, 0, Math.PI * 2);
  else {
    points.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
    ctx.closePath();
  }
  ctx.fill();
  ctx.stroke();
}

function drawArrowHead(ctx: CanvasRenderingContext2D, stance: Stance, x: number, y: number) {
  ctx.setLineDash([]);
  ctx.beginPath();
  const arrow = STANCE_STYLES[stance].arrow;
  if (arrow === 'triangle') {
    ctx.moveTo(x, y);
    ctx.lineTo(x - 9, y - 5);
    ctx.lineTo(x - 9, y + 5);
    ctx.closePath();
    ctx.fill();
  } else if (arrow === 'tee') {
    ctx.moveTo(x, y - 7);
    ctx.lineTo(x, y + 7);
    ctx.lineWidth = 3;
    ctx.stroke();
  } else {
    ctx.arc(x - 4, y, 4, 0, Math.PI * 2);
    ctx.fill();
  }
}

const LEGEND_WIDTH = 290;
const PAD = 24;
const FONT = '"Segoe UI", system-ui, -apple-system, sans-serif';

interface PngOptions {
  title: string;
  subtitle: string;
  kinds?: readonly ActorKind[];
}

/** The graph image with a title bar and a legend column: a PNG that stands on its own in a report. */
export async function composePng(graphPng: Blob, options: PngOptions): Promise<Blob> {
  const graph = await loadImage(graphPng);
  const scale = 2;
  const header = 64;
  const legendHeight = 120 + STANCES.length * 30 + 40 + ACTOR_KINDS.length * 30 + 80;
  const width = graph.width / scale + 2 * PAD + LEGEND_WIDTH;
  const height = Math.max(graph.height / scale + PAD, legendHeight) + header;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the export.');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, width, height);

  ctx.fillStyle = '#111827';
  ctx.font = `600 18px ${FONT}`;
  // A canvas cannot isolate bidi controls, so they are dropped; a long title is clipped, never widening the image.
  ctx.fillText(stripBidiControls(options.title), 20, 30);
  ctx.fillStyle = '#4B5563';
  ctx.font = `13px ${FONT}`;
  ctx.fillText(stripBidiControls(options.subtitle), 20, 50);
  ctx.drawImage(graph, PAD, header, graph.width / scale, graph.height / scale);

  const x = graph.width / scale + 2 * PAD + 16;
  let y = header + 16;
  ctx.strokeStyle = '#E5E7EB';
  ctx.lineWidth = 1;
  ctx.strokeRect(x - 8, y - 8, LEGEND_WIDTH - 24, legendHeight - 40);
  ctx.fillStyle = '#111827';
  ctx.font = `600 14px ${FONT}`;
  ctx.fillText('Stances (actor → event)', x, y + 10);
  y += 34;
  for (const stance of STANCES) {
    const style = STANCE_STYLES[stance];
    ctx.strokeStyle = style.color;
    ctx.fillStyle = style.color;
    ctx.lineWidth = 3;
    ctx.setLineDash(style.lineStyle === 'dotted' ? [2, 4] : style.dash);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 46, y);
    ctx.stroke();
    drawArrowHead(ctx, stance, x + 54, y);
    ctx.fillStyle = STANCE_TEXT_COLORS[stance];
    ctx.font = `13px ${FONT}`;
    ctx.fillText(`${style.label}, ${style.lineStyle}`, x + 64, y + 4);
    y += 30;
  }
  ctx.setLineDash([]);
  ctx.strokeStyle = RELATION_COLOR;
  ctx.fillStyle = RELATION_COLOR;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 46, y);
  ctx.stroke();
  ctx.font = `italic 13px ${FONT}`;
  ctx.fillText('Relation (named)', x + 64, y + 4);
  y += 40;

  ctx.fillStyle = '#111827';
  ctx.font = `600 14px ${FONT}`;
  ctx.fillText('Node shapes', x, y);
  y += 24;
  ctx.font = `13px ${FONT}`;
  ctx.lineWidth = 2;
  ctx.fillStyle = EVENT_COLOR;
  ctx.strokeStyle = EVENT_COLOR;
  drawShape(ctx, EVENT_SHAPE, x + 12, y, 10);
  ctx.fillStyle = '#111827';
  ctx.fillText('Event', x + 34, y + 4);
  y += 30;
  for (const kind of options.kinds ?? ACTOR_KINDS) {
    ctx.fillStyle = CONTEXT_TINT;
    ctx.strokeStyle = CONTEXT_COLOR;
    drawShape(ctx, KIND_STYLES[kind].shape, x + 12, y, 10);
    ctx.fillStyle = '#111827';
    ctx.fillText(KIND_STYLES[kind].label, x + 34, y + 4);
    y += 30;
  }
  ctx.fillStyle = '#4B5563';
  ctx.font = `12px ${FONT}`;
  ctx.fillText('Fill: the actor’s stance; grey: none.', x, y + 4);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
  );
}
