using System.Text;

namespace Graph.Explorer.Tests.Support;

/// <summary>A StringWriter that completes <see cref="FirstLine"/> with the first line written (to await output).</summary>
public sealed class SignallingWriter : StringWriter
{
    private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> FirstLine => _firstLine.Task;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        base.Write(value);
        Check();
    }

    public override void Write(string? value)
    {
        base.Write(value);
        Check();
    }

    public override void Write(char[] buffer, int index, int count)
    {
        base.Write(buffer, index, count);
        Check();
    }

    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        Check();
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    private void Check()
    {
        var text = ToString();
        var end = text.IndexOf('\n');
        if (end >= 0)
        {
            _firstLine.TrySetResult(text[..end].TrimEnd('\r'));
        }
    }
}
