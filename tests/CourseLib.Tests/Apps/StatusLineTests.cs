using CourseLib.Apps;

namespace CourseLib.Tests.Apps;

public class StatusLineTests
{
    private const string Erase = "\r\u001b[2K";

    [Fact]
    public void Printing_erases_the_status_line_first_so_lines_never_run_into_it()
    {
        var terminal = new StringWriter();
        var output = new StringWriter();
        var status = new StatusLine(terminal);
        var wrapped = status.Wrap(output);

        status.Draw("12 updates");
        wrapped.WriteLine("Epoch: 100");
        wrapped.WriteLine("Epoch: 200");

        Assert.Equal(Erase + "12 updates" + Erase, terminal.ToString()); // erased once, not before every line
        Assert.Equal($"Epoch: 100{Environment.NewLine}Epoch: 200{Environment.NewLine}", output.ToString());
    }

    [Fact]
    public void Nothing_is_erased_when_no_status_was_drawn()
    {
        var terminal = new StringWriter();
        new StatusLine(terminal).Wrap(new StringWriter()).Write('x');
        Assert.Equal("", terminal.ToString());
    }
}
