// The reference notebooks run in-process in their own folder (the process's current directory): one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
