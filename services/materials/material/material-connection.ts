import { ConnectionType } from '../../kit';
import { Material } from './material.entity';

export const MaterialConnection = ConnectionType(Material, 'material version');
