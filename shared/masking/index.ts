// Public surface of local masking, shared by the core (enforcement) and the renderer (preview).
export { findSpans, maskText, type MaskOptions, type MaskResult } from './mask';
export { StreamingRestorer, restoreText } from './restore';
export { emptyMapping, normalizeValue, type MappingEntry, type MaskMapping } from './mapping';
export { PRESETS, PRESET_NAMES, effectiveTypes, isPresetName, type Preset, type PresetName } from './presets';
export { compileCustomPattern, MaskingRuleError, type CustomPattern } from './custom-rules';
export { RECOGNIZERS } from './registry';
export { WARM_UP_LINES, WARM_UP_SAMPLE, warmUp } from './warm-up';
export { ENTITY_TYPES, isEntityType, type EntityType, type Recognizer, type Span } from './types';
