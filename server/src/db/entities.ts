import { Unit } from '../modules/units/unit.entity.js';

/** Every MikroORM entity. Add new ones here. */
export const entities = [Unit];
