// One build of the real course site for the whole assembly, so that its test classes (each with a Chromium of its own)
// run side by side on both cores instead of one after another in a shared collection.
[assembly: AssemblyFixture(typeof(Site.Tests.CourseSite))]
