namespace Graph.Explorer.Hosting;

/// <summary>
/// An IProgress that reports on the caller's thread, in order (System.Progress posts to the thread pool,
/// which would reorder reports and outlive the operation). Thread-safe only if the callback is.
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
