export { DatasetProvider, StaticDatasetProvider, useDataset } from './dataset-context'
export { DatasetLoadError } from './load-dataset'
