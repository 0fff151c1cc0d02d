export { DatasetProvider, StaticDatasetProvider, useDataset, type DatasetProviderProps } from './dataset-context'
export { indexDataset, type DatasetIndex } from './dataset-index'
export { DATASET_URL, DatasetLoadError, fetchDataset } from './load-dataset'
