// Public API of the red-team simulator and its evaluator.
export { simulate, simulateToDir, firstStartPreset, FIRST_START_PRESET } from './simulate.js';
export { buildWorld, DEFAULT_FRAUD_RATE, DEFAULT_START, type SimulateOptions, type SimulatedWorld } from './generate.js';
export { renderWorld, writeFiles, diskSink, memorySink, type FileSink, type GeneratedFile } from './output.js';
export { evaluate, LEVELS, type AnalysisResults, type Evaluation, type Level, type LevelMetrics } from './evaluate.js';
export { TruthSchema, parseTruth, readTruth, CONFOUNDER_TYPES, type Truth, type PlantedSignal, type ConfounderType } from './truth.js';
export { createRng, type Rng } from './prng.js';
