// A notebook runs in its own folder (the process's current directory), so notebooks run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
