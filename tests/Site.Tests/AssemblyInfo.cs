// One build of the real course site for the whole assembly, made when a test first asks for it (a test of the builder
// alone builds nothing).
[assembly: AssemblyFixture(typeof(Site.Tests.CourseSite))]
// The browser test classes run one after another: side by side, two Chromiums beside the other test assemblies on these
// two cores pushed navigations past Playwright's 30 s (measured 2026-12-07: one timeout in 581 tests, none alone).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
