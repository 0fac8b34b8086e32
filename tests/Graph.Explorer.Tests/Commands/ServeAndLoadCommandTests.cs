using System.CommandLine;
using Graph.Explorer.Commands;
using Graph.Explorer.Tests.Support;

namespace Graph.Explorer.Tests.Commands;

public sealed class ServeAndLoadCommandTests
{
    [Fact]
    public async Task Serve_NoCommand_PrintsTheUrlAndServesThePageUntilCancelled()
    {
        var output = new SignallingWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var running = ShanhaiCli.Create().Parse(["--urls", "http://127.0.0.1:0", "--bolt-port", "0"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() }, stop.Token);

        var line = await output.FirstLine.WaitAsync(TimeSpan.FromMinutes(1));
        var url = line[(line.IndexOf("http://", StringComparison.Ordinal))..];
        using var http = new HttpClient();
        var page = await http.GetStringAsync(url + "/");
        var script = await http.GetAsync(url + "/main.js");
        await stop.CancelAsync();
        var exit = await running.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.StartsWith("Shanhai Graph explorer: http://127.0.0.1:", line);
        Assert.Contains("山海图谱", page);
        Assert.True(script.IsSuccessStatusCode);
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Serve_BoltPort_AnswersTheBoltHandshakeBesideTheWebPage()
    {
        var boltPort = ExplorerServer.FreePort();
        var output = new SignallingWriter();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var running = ShanhaiCli.Create().Parse(["serve", "--urls", "http://127.0.0.1:0", "--bolt-port", $"{boltPort}"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() }, stop.Token);
        await output.FirstLine.WaitAsync(TimeSpan.FromMinutes(1));

        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(System.Net.IPAddress.Loopback, boltPort);
        var stream = client.GetStream();
        // Bolt handshake: magic 0x6060B017, then four proposals; the first asks for 5.0-5.4 (range form).
        byte[] handshake = [0x60, 0x60, 0xB0, 0x17, 0x00, 0x04, 0x04, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        await stream.WriteAsync(handshake);
        var answer = new byte[4];
        await stream.ReadExactlyAsync(answer).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(5, answer[3]);
        Assert.Contains($"Bolt (Neo4j drivers, cypher-shell): bolt://localhost:{boltPort}", output.ToString());
    }

    [Fact]
    public async Task Load_SeedGraph_ReportsNodesCreated()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await ShanhaiCli.Create().Parse(["load"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.True(exit == 0, error.ToString());
        Assert.Matches(@"[1-9]\d* nodes and [1-9]\d* relationships created", output.ToString());
    }
}
