/**
 * The pipeline's entry points for other Node tools (bench generator, suggest tool, scripts):
 * load and validate a data folder, build the dataset in memory, format problems, write a build.
 */
export { loadDataFolder, type LoadedData } from './load-data'
export { buildDataset, type BuildOptions, type BuildResult } from './build-dataset'
export { buildDate } from './build-date'
export type { Detector, DetectedExpression, Uncovered } from './coverage'
export { displayText } from './display-text'
export { formatProblem, type Problem } from './problems'
export { formatProblems, formatSummary } from './report'
export { buildFiles, writeBuild, toJson } from './write-build'
export { datasetJsonSchema } from './json-schema'
