/** Reading what an edit starts from: the entity locked, found (404) and as the editor last saw it (409). */
import { NotFoundError } from '../graph/errors';
import type { Tx } from '../model';
import type { EntityType } from '../types';
import { ConflictError } from './errors';
import { readRecord, type EntityRecord } from './records';

const NAMES: Record<EntityType, string> = {
  actor: 'actor',
  event: 'event',
  source: 'source',
  stance: 'stance',
  relation: 'relation',
};

/** The entity, locked for this transaction; 404 when there is none. */
export async function lockedRecord<T extends EntityRecord>(tx: Tx, type: EntityType, id: string): Promise<T> {
  const record = await readRecord<T>(tx, type, id, { lock: true });
  if (!record) throw new NotFoundError(`No ${NAMES[type]} with id "${id}".`);
  return record;
}

/** 409 with the current state unless the editor's `version` is the stored one. */
export function expectVersion(record: EntityRecord, version: number | undefined): void {
  if (version === undefined || version === record.version) return;
  throw new ConflictError(
    `This ${entityName(record)} was changed by someone else since you read it (you had version ${version}, it is now ${record.version}). Review the current state and save again.`,
    record,
  );
}

function entityName(record: EntityRecord): string {
  if ('stance' in record) return 'stance';
  if ('type' in record) return 'relation';
  if ('kind' in record && 'aliases' in record) return 'actor';
  if ('text' in record) return 'source';
  return 'event';
}

export function normalName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
