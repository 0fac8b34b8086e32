using Graph.Explorer.Tests.Support;
using Microsoft.Playwright;

namespace Graph.Explorer.Tests.Browser;

/// <summary>The web page in headless Debian Chromium against the real explorer host.</summary>
public sealed class ExplorerPageTests(ExplorerServer server) : IClassFixture<ExplorerServer>, IAsyncLifetime
{
    private const float TimeoutMs = 30_000;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await Chromium.LaunchAsync();
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 850 } });
        _page.SetDefaultTimeout(TimeoutMs);
        await _page.GotoAsync(server.Url);
        await _page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [Fact]
    public async Task SearchThenDoubleClick_Student_DrawsHisSchoolOnTheCanvas()
    {
        var elementId = await SearchAndPickAsync("蒋孟良");

        await DoubleClickNodeAsync(elementId);

        var schools = await _page.WaitForFunctionAsync(
            """
            id => {
              const names = window.shanhai.cy.getElementById(id).neighborhood('node')
                .filter(n => n.data('value').labels.includes('School')).map(n => n.data('value').properties.name);
              return names.length > 0 ? names : null;
            }
            """, elementId);
        Assert.NotEmpty((await schools.JsonValueAsync<string[]>()));
        await SaveScreenshotAsync("expanded");
    }

    [Fact]
    public async Task PropertiesPanel_HtmlInAProperty_IsShownAsText()
    {
        const string payload = "<img src=x onerror=\"window.__xss = 1\">";
        await server.WriteAsync(
            "CREATE (:Entity:Person {key: 'xss-probe', name: $name, name_en: 'Xss Probe', quote: $quote})",
            new Dictionary<string, object?> { ["name"] = "探针" + payload, ["quote"] = payload });

        await SearchAndPickAsync("Xss Probe");

        await Assertions.Expect(_page.Locator("#properties .quote")).ToHaveTextAsync(payload);
        Assert.Equal(0, await _page.Locator("#properties img, #search-results img").CountAsync());
        Assert.True(await _page.EvaluateAsync<bool>("() => window.__xss === undefined"));
    }

    [Fact]
    public async Task CypherBox_SyntaxError_ShowsCodeAndLineColumn()
    {
        await _page.Locator("#editor .cm-content").FillAsync("MATCH (n)\nRETURN n LIMT 1");
        await _page.ClickAsync("#run");

        var error = _page.Locator("#query-error");
        await Assertions.Expect(error).ToBeVisibleAsync();
        await Assertions.Expect(error.Locator(".code")).ToHaveTextAsync("Neo.ClientError.Statement.SyntaxError");
        Assert.Equal("2", await error.GetAttributeAsync("data-line"));
        await SaveScreenshotAsync("syntax-error");
    }

    // Types the name into the search box and clicks the result, which puts the node on the canvas.
    private async Task<string> SearchAndPickAsync(string text)
    {
        await _page.FillAsync("#search-input", text);
        await _page.PressAsync("#search-input", "Enter");
        var item = _page.Locator("#search-results li.item", new PageLocatorOptions { HasText = text }).First;
        await item.ClickAsync();
        var elementId = (await item.GetAttributeAsync("data-element-id"))!;
        await _page.WaitForFunctionAsync("id => window.shanhai.cy.getElementById(id).nonempty()", elementId);
        return elementId;
    }

    private async Task DoubleClickNodeAsync(string elementId)
    {
        // The layout runs on the next animation frame; wait two so the node is where it will stay.
        await _page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var position = await _page.EvaluateAsync<double[]>(
            "id => { const p = window.shanhai.cy.getElementById(id).renderedPosition(); return [p.x, p.y]; }", elementId);
        var canvas = (await _page.Locator("#canvas").BoundingBoxAsync())!;
        await _page.Mouse.DblClickAsync(canvas.X + (float)position[0], canvas.Y + (float)position[1]);
    }

    private async Task SaveScreenshotAsync(string name)
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(folder, name + ".png") });
    }
}
