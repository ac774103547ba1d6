namespace BuyingCenter.Cli.Rendering;

/// <summary>Keeps user text from breaking the Markdown around it.</summary>
internal static class Markdown
{
    public static string Cell(string? text) => Text(text).Replace("|", "\\|");

    public static string Text(string? text) =>
        (text ?? string.Empty).Replace("\r\n", " ").Replace('\n', ' ').Replace("*", "\\*").Replace("_", "\\_");
}
