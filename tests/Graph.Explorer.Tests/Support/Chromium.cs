using Microsoft.Playwright;

namespace Graph.Explorer.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright for .NET. Playwright never downloads a browser here: it is pointed
/// at the system binary (test.sh installs the chromium package when it is missing).
/// </summary>
public static class Chromium
{
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
    ];

    public static string FindExecutable()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, "chromium");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("chromium is not installed (Debian package 'chromium'); ./test.sh installs it.");
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = FindExecutable(),
            Headless = true,
            Args = Arguments,
        });
        return (playwright, browser);
    }
}
