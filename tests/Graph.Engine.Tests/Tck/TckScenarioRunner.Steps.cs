using System.Text;
using Graph.Core;
using Record = Graph.Core.Record;

namespace Graph.Engine.Tests.Tck;

public sealed partial class TckScenarioRunner
{
    /// <summary>What the last executed query produced: keys and rows, or the error and the phase it surfaced in.</summary>
    private sealed record QueryResult(IReadOnlyList<string> Keys, IReadOnlyList<Record> Rows, GraphException? Error,
        string Phase, string Text);

    /// <summary>The evolving state of one case while its steps are applied in order. One per run.</summary>
    private sealed class CaseState(IGraphDatabase database, CancellationToken cancellationToken)
    {
        private IReadOnlyDictionary<string, object?> _parameters = new Dictionary<string, object?>();
        private QueryResult? _last;
        private TckGraphState? _before;
        private TckGraphState? _after;

        public bool QueryRan { get; private set; }

        public Task ApplyAsync(TckStep step) => step switch
        {
            TckStep.EmptyGraph or TckStep.Procedure => Task.CompletedTask,
            TckStep.NamedGraph graph => SetupAsync(File.ReadAllText(
                Path.Combine(TckPaths.Graphs, graph.Name, graph.Name + ".cypher")), $"the {graph.Name} graph"),
            TckStep.Setup setup => SetupAsync(setup.Text, "having executed"),
            TckStep.Parameters parameters => SetParameters(parameters),
            TckStep.Query query => ExecuteAsync(query),
            TckStep.ExpectRows rows => Check(() => CheckRows(rows)),
            TckStep.ExpectEmpty => Check(CheckEmpty),
            TckStep.ExpectError error => Check(() => CheckError(error)),
            TckStep.ExpectSideEffects effects => Check(() => CheckSideEffects(effects)),
            _ => throw new InvalidOperationException($"No handler for {step.GetType().Name}."),
        };

        private static Task Check(Action check)
        {
            check();
            return Task.CompletedTask;
        }

        private Task SetParameters(TckStep.Parameters parameters)
        {
            _parameters = parameters.Values.ToDictionary(p => p.Key, p => TckValueMatcher.ToCore(p.Value));
            return Task.CompletedTask;
        }

        private async Task SetupAsync(string query, string step)
        {
            var result = await RunQueryAsync(query, new Dictionary<string, object?>());
            if (result.Error is { } error)
            {
                throw new CaseFailure($"setup failed: {Short(error)}", $"Step '{step}' failed:\n{query}\n{error}");
            }
        }

        private async Task ExecuteAsync(TckStep.Query query)
        {
            if (!query.IsControl)
            {
                _before = await CaptureAsync();
            }
            _last = await RunQueryAsync(query.Text, _parameters);
            if (!query.IsControl)
            {
                _after = await CaptureAsync();
                QueryRan = true;
            }
        }

        private async Task<TckGraphState> CaptureAsync()
        {
            try
            {
                return await TckGraphState.CaptureAsync(database, cancellationToken);
            }
            catch (GraphException e)
            {
                throw new CaseFailure($"graph capture failed: {Short(e)}", e.ToString());
            }
        }

        private async Task<QueryResult> RunQueryAsync(string text, IReadOnlyDictionary<string, object?> parameters)
        {
            await using var session = database.Session();
            IResultCursor cursor;
            try
            {
                cursor = await session.RunAsync(text, parameters, cancellationToken);
            }
            catch (GraphException e)
            {
                return new QueryResult([], [], e, "compile time", text);
            }
            var rows = new List<Record>();
            try
            {
                while (await cursor.FetchAsync(cancellationToken))
                {
                    rows.Add(cursor.Current);
                }
                await cursor.ConsumeAsync(cancellationToken);
                return new QueryResult(cursor.Keys, rows, null, "", text);
            }
            catch (GraphException e)
            {
                return new QueryResult(cursor.Keys, rows, e, "runtime", text);
            }
            finally
            {
                await cursor.DisposeAsync();
            }
        }

        private QueryResult Succeeded()
        {
            var last = _last ?? throw new CaseFailure("no query before a Then step", "");
            if (last.Error is { } error)
            {
                throw new CaseFailure($"{Short(error)}",
                    $"Expected a result, but the query raised at {last.Phase}:\n{error}\nQuery:\n{last.Text}");
            }
            return last;
        }

        private void CheckEmpty()
        {
            var result = Succeeded();
            if (result.Rows.Count != 0)
            {
                throw new CaseFailure($"wrong result: expected no rows, got {result.Rows.Count}",
                    "Expected an empty result, got:\n" + Describe(result.Keys, result.Rows));
            }
        }

        private void CheckRows(TckStep.ExpectRows expected)
        {
            var result = Succeeded();
            var columns = expected.Columns.Select(c => IndexOf(result.Keys, c)).ToList();
            if (expected.Columns.Count != result.Keys.Count || columns.Contains(-1))
            {
                throw new CaseFailure(
                    $"wrong columns: expected [{string.Join(", ", expected.Columns)}], got [{string.Join(", ", result.Keys)}]",
                    Mismatch(expected, result));
            }
            bool RowMatches(IReadOnlyList<TckValue> row, Record record) =>
                row.Select((value, i) => TckValueMatcher.Matches(value, record[columns[i]], expected.ListsAsBags)).All(m => m);
            var matches = expected.Ordered
                ? expected.Rows.Count == result.Rows.Count && expected.Rows.Zip(result.Rows).All(p => RowMatches(p.First, p.Second))
                : TckValueMatcher.BagMatches(expected.Rows, result.Rows, RowMatches);
            if (!matches)
            {
                var reason = expected.Rows.Count != result.Rows.Count
                    ? $"wrong result: expected {expected.Rows.Count} rows, got {result.Rows.Count}"
                    : expected.Ordered && TckValueMatcher.BagMatches(expected.Rows, result.Rows, RowMatches)
                        ? "wrong result: wrong row order"
                        : "wrong result: wrong values";
                throw new CaseFailure(reason, Mismatch(expected, result));
            }
        }

        private void CheckError(TckStep.ExpectError expected)
        {
            var last = _last ?? throw new CaseFailure("no query before a Then step", "");
            var wanted = $"{expected.Type} at {expected.Phase}: {expected.Detail}";
            if (last.Error is not { } error)
            {
                throw new CaseFailure($"no error: expected {wanted}",
                    $"Expected {wanted}, but the query succeeded with:\n{Describe(last.Keys, last.Rows)}\nQuery:\n{last.Text}");
            }
            if (TckErrors.Mismatch(expected, error, last.Phase) is { } mismatch)
            {
                throw new CaseFailure($"wrong error: {mismatch} ({Short(error)})",
                    $"Expected {wanted}; got at {last.Phase}:\n{error}\nQuery:\n{last.Text}");
            }
            if (_before is { } before && _after is { } after && !before.SameAs(after))
            {
                throw new CaseFailure("failed query changed the graph",
                    $"The query raised {error.Code} but left side effects {Effects(before.DiffTo(after))}.");
            }
        }

        private void CheckSideEffects(TckStep.ExpectSideEffects expected)
        {
            if (_before is null || _after is null)
            {
                throw new CaseFailure("side effects checked before the query ran", "");
            }
            var actual = _before.DiffTo(_after);
            var wrong = actual.Where(p => p.Value != expected.Effects.GetValueOrDefault(p.Key)).ToList();
            if (wrong.Count > 0)
            {
                var wanted = Effects(expected.Effects);
                throw new CaseFailure(
                    $"side effects: expected {wanted}, got {Effects(actual)}",
                    $"Side effects: expected {wanted}, got {Effects(actual)}\nQuery:\n{_last?.Text}");
            }
        }

        private static int IndexOf(IReadOnlyList<string> keys, string column)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (keys[i] == column) return i;
            }
            return -1;
        }

        private static string Effects(IReadOnlyDictionary<string, int> effects)
        {
            var nonZero = effects.Where(p => p.Value != 0).OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{p.Key} {p.Value}").ToList();
            return nonZero.Count == 0 ? "none" : string.Join(", ", nonZero);
        }

        private static string Mismatch(TckStep.ExpectRows expected, QueryResult result)
        {
            var text = new StringBuilder("Expected");
            text.Append(expected.Ordered ? " (in order)" : " (any order)").Append(":\n| ")
                .AppendJoin(" | ", expected.Columns).Append(" |\n");
            foreach (var row in expected.Rows)
            {
                text.Append("| ").AppendJoin(" | ", row.Select(v => v.ToString())).Append(" |\n");
            }
            return text.Append("Actual:\n").Append(Describe(result.Keys, result.Rows))
                .Append("Query:\n").Append(result.Text).ToString();
        }

        private static string Describe(IReadOnlyList<string> keys, IReadOnlyList<Record> rows)
        {
            var text = new StringBuilder("| ").AppendJoin(" | ", keys).Append(" |\n");
            foreach (var row in rows)
            {
                text.Append("| ").AppendJoin(" | ", row.Values.Select(TckValueMatcher.Describe)).Append(" |\n");
            }
            return text.ToString();
        }

        private static string Short(GraphException error)
        {
            var code = error.Code[(error.Code.LastIndexOf('.') + 1)..];
            var firstLine = error.Message.Split('\n')[0].Trim();
            return error.Detail is null ? $"{code}: {firstLine}" : $"{code}/{error.Detail}: {firstLine}";
        }
    }
}
