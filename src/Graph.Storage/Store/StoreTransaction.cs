using System.Collections.Immutable;
using Graph.Core;
using Graph.Storage.Indexes;

namespace Graph.Storage.Store;

/// <summary>
/// A unit of work on a <see cref="GraphStore"/>: reads see <see cref="State"/>, a snapshot that only this
/// transaction's own writes change. Writing needs <see cref="BeginWriteAsync"/> first (takes the store's
/// writer lock). Statement atomicity: take a <see cref="Savepoint"/> before a statement and
/// <see cref="RollbackTo"/> it on failure. Not thread-safe: one statement at a time.
/// Operators that must not see their own writes (a scan feeding a CREATE) enumerate the immutable
/// collections of the state they captured when they opened.
/// </summary>
public sealed partial class StoreTransaction : IDisposable
{
    private readonly GraphStore _store;
    private GraphState _state;
    private bool _finished;

    internal StoreTransaction(GraphStore store, GraphState snapshot)
    {
        _store = store;
        _state = snapshot;
    }

    public GraphState State => _state;

    public bool IsWriting { get; private set; }

    public bool IsFinished => _finished;

    /// <summary>Takes the writer lock and rebases onto the latest committed state. Idempotent.</summary>
    public async Task BeginWriteAsync(CancellationToken cancellationToken)
    {
        EnsureOpen();
        if (IsWriting)
        {
            return;
        }
        await _store.AcquireWriterAsync(cancellationToken).ConfigureAwait(false);
        IsWriting = true;
        _state = _store.Committed;
    }

    public Savepoint Save() => new(_state);

    public void RollbackTo(Savepoint savepoint) => _state = savepoint.State;

    public NodeRecord? Node(long id) => _state.Nodes.TryGetValue(id, out var node) ? node : null;

    public RelationshipRecord? Relationship(long id) =>
        _state.Relationships.TryGetValue(id, out var relationship) ? relationship : null;

    public bool IsDeletedNode(long id) => _state.Tombstones.ContainsKey(id) || (id < _state.NextNodeId && !_state.Nodes.ContainsKey(id));

    public bool IsDeletedRelationship(long id) => id < _state.NextRelationshipId && !_state.Relationships.ContainsKey(id);

    public ImmutableSortedSet<long> NodesWithLabel(string label) =>
        _state.LabelIndex.TryGetValue(label, out var ids) ? ids : ImmutableSortedSet<long>.Empty;

    /// <summary>Relationships of <paramref name="node"/> in a direction, of any of <paramref name="types"/> (all when empty).</summary>
    public static IEnumerable<AdjacencyEntry> Adjacent(NodeRecord node, Direction direction, IReadOnlyList<string> types)
    {
        if (direction != Direction.Incoming)
        {
            foreach (var entry in Side(node.Outgoing, types))
            {
                yield return entry;
            }
        }
        if (direction != Direction.Outgoing)
        {
            foreach (var entry in Side(node.Incoming, types))
            {
                // A self-loop is listed on both sides; report it once for Both.
                if (direction == Direction.Both && entry.OtherNodeId == node.Id)
                {
                    continue;
                }
                yield return entry;
            }
        }
    }

    private static IEnumerable<AdjacencyEntry> Side(ImmutableDictionary<string, ImmutableList<AdjacencyEntry>> side,
        IReadOnlyList<string> types)
    {
        if (types.Count == 0)
        {
            foreach (var (_, list) in side)
            {
                foreach (var entry in list)
                {
                    yield return entry;
                }
            }
            yield break;
        }
        foreach (var type in types)
        {
            if (side.TryGetValue(type, out var list))
            {
                foreach (var entry in list)
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>Checks commit-time rules, publishes the working state and releases the writer lock.</summary>
    public void Commit()
    {
        EnsureOpen();
        if (IsWriting)
        {
            try
            {
                ValidateForCommit();
                _store.Publish(_state);
            }
            finally
            {
                Finish();
            }
        }
        else
        {
            Finish();
        }
    }

    public void Rollback()
    {
        if (!_finished)
        {
            Finish();
        }
    }

    public void Dispose() => Rollback();

    private void ValidateForCommit()
    {
        foreach (var (id, _) in _state.Tombstones)
        {
            throw new GraphException(StatusCodes.ConstraintValidationFailed,
                $"Cannot delete node<{id}>, because it still has relationships. To delete this node, you must first delete its relationships.",
                "DeleteConnectedNode");
        }
    }

    private void Finish()
    {
        _finished = true;
        if (IsWriting)
        {
            IsWriting = false;
            _store.ReleaseWriter();
        }
    }

    private void EnsureOpen()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        }
    }

    private void EnsureWriting()
    {
        EnsureOpen();
        if (!IsWriting)
        {
            throw new InvalidOperationException("Call BeginWriteAsync before writing.");
        }
    }
}
