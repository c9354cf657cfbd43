/**
 * What turns the elements drawn into the elements wanted (GraphCanvas applies it to Cytoscape). Pure,
 * so that a step of Play, which takes some actors away and gives others back, is seen to touch those
 * alone: every element restyled, or removed and added again, is drawn again from scratch.
 */
import type { ElementDefinition } from 'cytoscape';

interface ElementUpdate {
  id: string;
  /** The new data, when it differs. */
  data?: ElementDefinition['data'];
  /** The new classes, when they differ. */
  classes?: string;
}

export interface ElementChanges {
  /** Ids to remove: no longer wanted, or an edge whose ends changed (Cytoscape cannot re-point one). */
  remove: string[];
  /** New elements, and edges with new ends, in the order wanted. */
  add: ElementDefinition[];
  /** Elements kept whose data or classes changed. */
  update: ElementUpdate[];
}

function classesOf(def: ElementDefinition): string {
  return typeof def.classes === 'string' ? def.classes : (def.classes ?? []).join(' ');
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

const endsMoved = (a: ElementDefinition, b: ElementDefinition) =>
  a.data.source !== b.data.source || a.data.target !== b.data.target;

/** `drawn`: the definitions last applied, by id. */
export function elementChanges(
  drawn: ReadonlyMap<string, ElementDefinition>,
  wanted: readonly ElementDefinition[],
): ElementChanges {
  const wantedIds = new Set<string>();
  const remove: string[] = [];
  const add: ElementDefinition[] = [];
  const update: ElementUpdate[] = [];
  for (const def of wanted) {
    const id = String(def.data.id);
    wantedIds.add(id);
    const before = drawn.get(id);
    if (!before) {
      add.push(def);
      continue;
    }
    if (before.group === 'edges' && endsMoved(before, def)) {
      remove.push(id);
      add.push(def);
      continue;
    }
    const change: ElementUpdate = { id };
    if (!sameData(before.data, def.data)) change.data = def.data;
    const classes = classesOf(def);
    if (classesOf(before) !== classes) change.classes = classes;
    if (change.data || change.classes !== undefined) update.push(change);
  }
  for (const id of drawn.keys()) if (!wantedIds.has(id)) remove.push(id);
  return { remove, add, update };
}
