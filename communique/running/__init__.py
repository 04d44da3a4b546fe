"""Running the coder at scale: parallel processes, a Dask cluster, Parquet datasets, benchmarks."""
