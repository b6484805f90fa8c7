namespace NotebookRunner.Tests;

public class KernelDeathTests
{
    [Fact]
    public void A_stack_overflow_is_told_by_the_runtimes_line_not_by_its_frames()
    {
        string[] stderr = ["Stack overflow.", "Repeated 261749 times:", "--------------------------------", "   at Submission#1.Deeper(Int32)",
            "--------------------------------", "... (300 lines left out)", "   at Program.<Main>$(System.String[])"];

        Assert.Equal("exit code 134 (SIGABRT: the runtime aborted): Stack overflow.", KernelDeath.Describe(134, stderr));
    }

    [Fact]
    public void An_unhandled_exception_is_told_by_its_message_line()
    {
        string[] stderr = ["Unhandled exception. System.InvalidOperationException: boom", " ---> System.IO.IOException: inner",
            "   at X.Y()", "   --- End of inner exception stack trace ---", "   at X.Z()"];

        Assert.Equal("exit code 134 (SIGABRT: the runtime aborted): Unhandled exception. System.InvalidOperationException: boom",
            KernelDeath.Describe(134, stderr));
    }

    [Fact]
    public void A_silent_exit_says_there_was_nothing_on_standard_error()
    {
        Assert.Equal("exit code 3, nothing on standard error", KernelDeath.Describe(3, ["", "  "]));
        Assert.Equal("exit code 137 (SIGKILL: killed, perhaps by the system for want of memory), nothing on standard error", KernelDeath.Describe(137, []));
    }
}
