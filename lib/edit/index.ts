/**
 * The editors' write path: every write of the graph made by a person through the API, each in one
 * transaction with its entry in the history (lib/edit/history.ts), checked against the version the
 * editor last read (409 when stale).
 */
export { createActor, updateActor } from './actors';
export { createEvent, updateEvent } from './events';
export { listChanges } from './history';
export { mergeActor } from './merge';
export { addRelation, deleteRelation } from './relations';
export { revertChange } from './revert';
export { getSource, listSources, storeSource } from './sources';
export { addStance, changeStance, getStance, retractStance } from './stances';
