using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("Graph.Engine.Tests.Tck.TckTestFramework", "Graph.Engine.Tests")]

namespace Graph.Engine.Tests.Tck;

/// <summary>
/// xunit's own framework plus one hook after the last test of the assembly, so the TCK summary covers every
/// case that ran, whichever classes ran in parallel and whatever --filter selected. The figures go out as
/// diagnostic messages, which xunit.runner.json enables, so `dotnet test` prints them at normal verbosity.
/// </summary>
public sealed class TckTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider,
        IMessageSink diagnosticMessageSink) : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        // async void as in XunitTestFrameworkExecutor: completion is signalled through the message sink.
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink,
            ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new AssemblyRunner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class AssemblyRunner(ITestAssembly testAssembly, IEnumerable<IXunitTestCase> testCases,
        IMessageSink diagnosticMessageSink, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(testAssembly, testCases, diagnosticMessageSink, executionMessageSink, executionOptions)
    {
        protected override Task BeforeTestAssemblyFinishedAsync()
        {
            try
            {
                foreach (var line in TckRunLog.Finish())
                {
                    DiagnosticMessageSink.OnMessage(new DiagnosticMessage(line));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                DiagnosticMessageSink.OnMessage(new DiagnosticMessage($"TCK summary not written: {e.Message}"));
            }
            return base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
