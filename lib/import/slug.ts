/** Kept for lib/export until it imports slugify from lib/model, where id rules live. */
export { slugify } from '../model/ids';
