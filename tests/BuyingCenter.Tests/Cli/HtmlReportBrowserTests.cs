using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace BuyingCenter.Tests.Cli;

/// <summary>
/// The HTML report opened in a real headless Chromium (the system's package, never a download): it loads without an
/// error or any request beyond the file, shows every section, fits a 1280x800 projector, and prints on A4. The
/// screenshots and PDFs are kept under TestResults/html-report for a person to look at.
/// </summary>
[TestClass]
public sealed class HtmlReportBrowserTests
{
    private static readonly string[] Sections = { "account", "score", "map", "flags", "strengths", "coaches", "next", "meetings" };

    private static string ArtefactFolder => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "html-report")).FullName;

    /// <summary>The system's Chromium; a test run outside CI without one is inconclusive, in CI it fails.</summary>
    private static string Chromium()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        var found = candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
        if (found is null)
        {
            var message = "No Chromium here (apt-get install chromium, or set CHROMIUM_PATH).";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Fail(message + " CI installs it: .ci/run.");
            }

            Assert.Inconclusive(message);
        }

        return found!;
    }

    [TestMethod]
    [DataRow("northwind")]
    [DataRow("hostile")]
    public async Task Review_HtmlInChromium_LoadsOfflineWithEverySectionAndPrintsOnA4(string name)
    {
        var chromium = Chromium();
        using var scratch = new ScratchFolder();
        var plan = name == "hostile" ? HostileText.Save(scratch) : CliRun.Sample;
        var report = scratch.File(name + ".html");
        var run = CliRun.Run("review", plan, "--as-of", "2026-11-22", "--format", "html", "--output", report);
        Assert.AreEqual(0, run.ExitCode, run.ToString());

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage" },
        });
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 800 });
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning)
            {
                errors.Add(e.Message.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e.Message);
        page.RequestFailed += (_, e) => errors.Add("failed: " + e.Request.Url);
        page.Request += (_, e) => requests.Add(e.Request.Url);
        var url = new Uri(report).AbsoluteUri;

        var response = await page.GoToAsync(url, new NavigationOptions { WaitUntil = new[] { WaitUntilNavigation.Load } });

        Assert.IsTrue(response.Ok, "the page loads");
        CollectionAssert.AreEqual(new[] { url }, requests, "nothing but the file itself is fetched");
        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
        foreach (var section in Sections)
        {
            Assert.IsTrue(await page.EvaluateExpressionAsync<int>($"document.querySelectorAll('[data-section=\"{section}\"]').length") >= 1, section);
        }

        Assert.AreEqual(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('script, img, iframe, object, embed, link').length"), "no script and no external resource");
        Assert.IsTrue(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.map svg g[data-id]').length") >= 4, "the library's map is inline");
        Assert.IsTrue(await page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth") <= 1280, "no sideways scrolling on a 1280-pixel projector");
        Assert.IsTrue(await page.EvaluateExpressionAsync<double>("document.querySelector('.bar').getBoundingClientRect().width") > 600, "the score bar is drawn across the page");
        if (name == "hostile")
        {
            var text = HostileText.Collapse(await page.EvaluateExpressionAsync<string>("document.body.innerText"));
            StringAssert.Contains(text, HostileText.Visible(HostileText.Script), "a name with markup reads as its own text");
        }

        var screenshot = Path.Combine(ArtefactFolder, name + "-1280x800.png");
        await page.ScreenshotAsync(screenshot);
        await page.ScreenshotAsync(Path.Combine(ArtefactFolder, name + "-full.png"), new ScreenshotOptions { FullPage = true });
        var pdf = Path.Combine(ArtefactFolder, name + ".pdf");
        await page.PdfAsync(pdf, new PdfOptions { Format = PaperFormat.A4, PrintBackground = true, PreferCSSPageSize = true });

        Assert.IsTrue(new FileInfo(screenshot).Length > 20_000, "a screenshot with something on it");
        var bytes = File.ReadAllBytes(pdf);
        Assert.IsTrue(bytes.Length is > 20_000 and < 5_000_000, $"PDF of {bytes.Length} bytes");
        var pages = Regex.Matches(Encoding.Latin1.GetString(bytes), "/Type\\s*/Page[^s]").Count;
        Assert.IsTrue(pages is >= 2 and <= 12, $"{pages} A4 pages: one account, one opportunity, three meeting sheets");
        var size = Regex.Match(Encoding.Latin1.GetString(bytes), "/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]");
        Assert.IsTrue(size.Success);
        Assert.AreEqual(595, double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 2, "A4 width in points");
        Assert.AreEqual(842, double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 2, "A4 height in points");
    }
}
