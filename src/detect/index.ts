// Public API of detection: rules as data, stateful detectors, the time-ordered analyzer and batch analysis.
export type { EnrichedEvent, PersonContext, TravelWindow, Finding, Detector, EventView, SharedStores, PersonFacts } from './types.js';
export { loadRules, parseRuleText, RuleLoadError, DEFAULT_RULES_DIR, type LoadedRule, type RuleProblem } from './rule-loader.js';
export { RuleSchema, type Rule, type MatchExpr } from './rule-schema.js';
export { createRuleEngine, type RuleSet } from './rule-engine.js';
export { runRuleTests, type RuleTestResult } from './rule-tests.js';
export { createAnalyzer, type Analyzer, type AnalyzerConfig, type AnalyzerOptions, type FindingStage, type PersonState } from './analyzer.js';
export { analyzeAll, type AttributedEvent, type AnalyzeAllOptions } from './analyze-all.js';
export { defaultDetectors, metricEvent, DETECTOR_RULE_IDS } from './detectors/index.js';
export { personContextFrom, personFacts } from './person-facts.js';
