using System.Diagnostics;

namespace Graph.Bolt.Tests.Interop;

/// <summary>
/// Runs the JavaScript interop scenarios (scenarios.mjs beside this file) with Node.js, installing the
/// locked neo4j-driver with `npm ci` first when node_modules is missing, so a clean clone works.
/// Thread-safe: the install runs once per test run.
/// </summary>
internal static class NodeInterop
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static bool _installed;

    public static string Directory { get; } = FindDirectory();

    public static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (_installed || System.IO.Directory.Exists(System.IO.Path.Combine(Directory, "node_modules", "neo4j-driver")))
            {
                _installed = true;
                return;
            }
            var (exit, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], new Dictionary<string, string>(),
                TimeSpan.FromMinutes(5));
            Assert.True(exit == 0, "npm ci failed:\n" + output);
            _installed = true;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Runs `node scenarios.mjs name` against the server; returns exit code and stdout+stderr.</summary>
    public static async Task<(int ExitCode, string Output)> RunScenarioAsync(string scenario, string boltUri,
        string user, string password)
    {
        await EnsureInstalledAsync();
        var environment = new Dictionary<string, string>
        {
            ["BOLT_URI"] = boltUri,
            ["BOLT_USER"] = user,
            ["BOLT_PASSWORD"] = password,
        };
        return await RunAsync("node", ["scenarios.mjs", scenario], environment, TimeSpan.FromMinutes(3));
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} timed out after {timeout}:\n{await stdout}{await stderr}");
        }
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "Graph.Bolt.Tests", "Interop");
            if (File.Exists(System.IO.Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("tests/Graph.Bolt.Tests/Interop/package.json not found above " + AppContext.BaseDirectory);
    }
}
