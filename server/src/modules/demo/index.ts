/** The synthetic demo city: generator, presets and the first-start loader. */
export { generateCity, GENERATOR_VERSION, CITY_FILES } from './generate.js';
export type { CityFile, GenerateOptions, GeneratedFile, GeneratedSummary } from './generate.js';
export { PRESETS, DEFAULT_SCALE, UPDATE_CYCLES } from './presets.js';
export type { Preset, ScaleOptions, UpdateCycle } from './presets.js';
export { DEMO_LOAD_ID, demoCityFiles, loadDemoCity, loadDemoCityOnce, waitForDemoCity } from './load-demo.js';
export type { LoadDemoOptions } from './load-demo.js';
export { checkCity } from './check-city.js';
export type { CityCheck } from './check-city.js';
