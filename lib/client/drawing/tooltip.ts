/** What the canvas's tooltip says about a node or an edge: its name, then what kind of thing it is and its stance. */
import { ACTOR_KINDS, STANCES, type ActorKind, type Stance } from '@/lib/domain';
import type { Camp } from './elements';
import { KIND_STYLES, STANCE_STYLES } from './styles';

export interface Tooltip {
  title: string;
  detail: string;
}

/** The data GraphCanvas's elements carry (lib/client/drawing/elements.ts toElements). */
interface DrawnData {
  label?: string;
  type?: string;
  kind?: string;
  camp?: string;
  stance?: string;
}

const isKind = (value: string | undefined): value is ActorKind =>
  (ACTOR_KINDS as readonly string[]).includes(value ?? '');
const isStance = (value: string | undefined): value is Stance => (STANCES as readonly string[]).includes(value ?? '');

function campText(camp: Camp | string | undefined): string {
  if (isStance(camp)) return `Stance: ${STANCE_STYLES[camp].label.toLowerCase()}`;
  return 'No stance in this view (context)';
}

export function nodeTooltip(data: DrawnData): Tooltip {
  const title = data.label ?? '';
  if (data.type === 'actor') {
    const kind = isKind(data.kind) ? KIND_STYLES[data.kind].label : 'Actor';
    return { title, detail: `${kind} · ${campText(data.camp)}` };
  }
  if (data.type === 'event') return { title, detail: 'Event' };
  const type = data.type ?? 'node';
  return { title, detail: type.charAt(0).toUpperCase() + type.slice(1) };
}

/** `source` and `target` are the labels of the edge's ends. */
export function edgeTooltip(data: DrawnData, source: string, target: string): Tooltip {
  const title = `${source} ${data.label ?? ''} ${target}`;
  if (isStance(data.stance)) return { title, detail: `Stance: ${STANCE_STYLES[data.stance].label.toLowerCase()}` };
  return { title, detail: 'Relation between actors' };
}
