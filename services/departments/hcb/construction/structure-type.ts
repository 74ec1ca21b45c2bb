import { registerEnumType } from 'type-graphql';

/** The load-bearing structure of a building, as construction permits record it. */
export enum HcbStructureType {
  BRICK_CONCRETE = 'BRICK_CONCRETE',
  FRAME = 'FRAME',
  SHEAR_WALL = 'SHEAR_WALL',
  FRAME_SHEAR_WALL = 'FRAME_SHEAR_WALL',
  FRAME_CORE_TUBE = 'FRAME_CORE_TUBE',
  STEEL = 'STEEL',
}

registerEnumType(HcbStructureType, {
  name: 'HcbStructureType',
  description: 'The load-bearing structure of a building.',
  valuesConfig: {
    BRICK_CONCRETE: { description: 'Brick and concrete (砖混结构).' },
    FRAME: { description: 'Reinforced concrete frame (框架结构).' },
    SHEAR_WALL: { description: 'Shear wall (剪力墙结构).' },
    FRAME_SHEAR_WALL: { description: 'Frame with shear walls (框架-剪力墙结构).' },
    FRAME_CORE_TUBE: { description: 'Frame with a core tube (框架-核心筒结构).' },
    STEEL: { description: 'Steel structure (钢结构).' },
  },
});
