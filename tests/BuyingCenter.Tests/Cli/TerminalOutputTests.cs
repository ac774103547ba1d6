using BuyingCenter.Cli.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Cli;

/// <summary>Colour for people at a terminal; none when NO_COLOR is set or output is redirected.</summary>
[TestClass]
public sealed class TerminalOutputTests
{
    private const string Escape = "\u001b[";

    [TestMethod]
    public void Review_TerminalWithColour_UsesAnsiColour()
    {
        var run = CliRun.Run(Host(terminal: true, noColor: false), "review", CliRun.Sample, "--as-of", "2026-11-22");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, Escape, "the control case: without this the other tests prove nothing");
    }

    [TestMethod]
    public void Review_NoColorSet_HasNoAnsiEscapes()
    {
        var run = CliRun.Run(Host(terminal: true, noColor: true), "review", CliRun.Sample, "--as-of", "2026-11-22");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsFalse(run.Out.Contains(Escape, System.StringComparison.Ordinal), run.Out);
    }

    [TestMethod]
    public void Review_Redirected_HasNoAnsiEscapes()
    {
        var run = CliRun.Run(Host(terminal: false, noColor: false), "review", CliRun.Sample, "--as-of", "2026-11-22");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsFalse(run.Out.Contains(Escape, System.StringComparison.Ordinal), run.Out);
        StringAssert.Contains(run.Out, "Red flags");
    }

    [TestMethod]
    public void Demo_RunsToCompletionAndSuggestsTheNextCommand()
    {
        var run = CliRun.Run("demo");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "Northwind Logistics");
        StringAssert.Contains(run.Out, "Meeting plan");
        StringAssert.Contains(run.Out, "buyingcenter review samples/northwind.json");
        Assert.IsFalse(run.Out.Contains(Escape, System.StringComparison.Ordinal));
    }

    [TestMethod]
    public void Demo_DoesNotDependOnToday()
    {
        var first = CliRun.Run(new CliHost { Today = new System.DateTime(2026, 1, 1) }, "demo");
        var second = CliRun.Run(new CliHost { Today = new System.DateTime(2030, 6, 30) }, "demo");
        Assert.AreEqual(first.Out, second.Out);
    }

    private static CliHost Host(bool terminal, bool noColor) => new() { OutputIsTerminal = terminal, NoColor = noColor, Today = CliRun.Today };
}
