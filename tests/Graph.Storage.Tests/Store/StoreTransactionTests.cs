using Graph.Core;
using Graph.Storage.Store;

namespace Graph.Storage.Tests.Store;

public sealed class StoreTransactionTests
{
    private static readonly KeyValuePair<string, object?>[] NoProperties = [];

    private static async Task<StoreTransaction> WriterAsync(GraphStore store)
    {
        var transaction = store.Begin();
        await transaction.BeginWriteAsync(CancellationToken.None);
        return transaction;
    }

    private static KeyValuePair<string, object?>[] Props(string key, object? value) => [new(key, value)];

    [Fact]
    public async Task CreateNode_Committed_VisibleToLaterReaders()
    {
        var store = new GraphStore();
        using (var writer = await WriterAsync(store))
        {
            writer.CreateNode(["School"], Props("name", "x"));
            writer.Commit();
        }
        using var reader = store.Begin();
        var id = Assert.Single(reader.NodesWithLabel("School"));
        Assert.Equal("x", reader.Node(id)!.Properties["name"]);
    }

    [Fact]
    public async Task Reader_WriterCommitsLater_KeepsItsSnapshot()
    {
        var store = new GraphStore();
        using var reader = store.Begin();
        using (var writer = await WriterAsync(store))
        {
            writer.CreateNode(["A"], NoProperties);
            Assert.Empty(reader.State.Nodes);
            writer.Commit();
        }
        Assert.Empty(reader.State.Nodes);
        Assert.Single(store.Begin().State.Nodes);
    }

    [Fact]
    public async Task Rollback_AfterWrites_LeavesNothing()
    {
        var store = new GraphStore();
        using (var writer = await WriterAsync(store))
        {
            var a = writer.CreateNode(["A"], Props("k", 1L));
            var b = writer.CreateNode(["B"], NoProperties);
            writer.CreateRelationship(a.Id, b.Id, "R", NoProperties);
            writer.Rollback();
        }
        Assert.Empty(store.Committed.Nodes);
        Assert.Empty(store.Committed.Relationships);
        Assert.Empty(store.Committed.LabelIndex);
    }

    [Fact]
    public async Task RollbackTo_Savepoint_UndoesOnlyLaterWrites()
    {
        var store = new GraphStore();
        using var writer = await WriterAsync(store);
        writer.CreateNode(["A"], NoProperties);
        var savepoint = writer.Save();
        writer.CreateNode(["B"], NoProperties);
        writer.RollbackTo(savepoint);
        writer.Commit();
        Assert.Equal(["A"], store.Committed.LabelIndex.Keys);
    }

    [Fact]
    public async Task CreateRelationship_AdjacencyByTypeAndDirection()
    {
        var store = new GraphStore();
        using var writer = await WriterAsync(store);
        var a = writer.CreateNode([], NoProperties);
        var b = writer.CreateNode([], NoProperties);
        writer.CreateRelationship(a.Id, b.Id, "KNOWS", NoProperties);
        writer.CreateRelationship(b.Id, a.Id, "LIKES", NoProperties);
        var fromA = writer.Node(a.Id)!;
        Assert.Single(StoreTransaction.Adjacent(fromA, Direction.Outgoing, ["KNOWS"]));
        Assert.Empty(StoreTransaction.Adjacent(fromA, Direction.Outgoing, ["LIKES"]));
        Assert.Equal(2, StoreTransaction.Adjacent(fromA, Direction.Both, []).Count());
        Assert.Equal(b.Id, StoreTransaction.Adjacent(fromA, Direction.Incoming, []).Single().OtherNodeId);
    }

    [Fact]
    public async Task SelfLoop_Both_ReportedOnce()
    {
        var store = new GraphStore();
        using var writer = await WriterAsync(store);
        var a = writer.CreateNode([], NoProperties);
        writer.CreateRelationship(a.Id, a.Id, "SELF", NoProperties);
        Assert.Single(StoreTransaction.Adjacent(writer.Node(a.Id)!, Direction.Both, []));
    }

    [Fact]
    public async Task DeleteNode_WithRelationships_FailsAtCommit()
    {
        var store = new GraphStore();
        using var writer = await WriterAsync(store);
        var a = writer.CreateNode([], NoProperties);
        var b = writer.CreateNode([], NoProperties);
        writer.CreateRelationship(a.Id, b.Id, "R", NoProperties);
        writer.DeleteNode(a.Id, detach: false);
        var error = Assert.Throws<GraphException>(writer.Commit);
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.Code);
        Assert.Equal("DeleteConnectedNode", error.Detail);
        Assert.Empty(store.Committed.Nodes);
    }

    [Fact]
    public async Task DeleteNode_ThenItsRelationships_Commits()
    {
        var store = new GraphStore();
        using var writer = await WriterAsync(store);
        var a = writer.CreateNode([], NoProperties);
        var b = writer.CreateNode([], NoProperties);
        var r = writer.CreateRelationship(a.Id, b.Id, "R", NoProperties);
        writer.DeleteNode(a.Id, detach: false);
        writer.DeleteRelationship(r.Id);
        writer.Commit();
        Assert.Single(store.Committed.Nodes);
        Assert.Empty(store.Committed.Relationships);
        Assert.Empty(store.Committed.Nodes[b.Id].Incoming);
    }

    [Fact]
    public async Task DetachDelete_RemovesRelationshipsAndTypeCounts()
    {
        var store = new GraphStore();
        using var writer = await WriterAsync(store);
        var a = writer.CreateNode([], NoProperties);
        var b = writer.CreateNode([], NoProperties);
        writer.CreateRelationship(a.Id, b.Id, "R", NoProperties);
        writer.DeleteNode(a.Id, detach: true);
        writer.Commit();
        Assert.Empty(store.Committed.Relationships);
        Assert.Empty(store.Committed.TypeCounts);
    }

    [Fact]
    public async Task Index_SeeksByValue_AndFollowsUpdates()
    {
        var store = new GraphStore();
        using var writer = await WriterAsync(store);
        var a = writer.CreateNode(["Entity"], Props("key", "a"));
        writer.CreateIndex(null, "Entity", "key");
        var b = writer.CreateNode(["Entity"], Props("key", 1L));
        var index = writer.State.FindIndex("Entity", "key")!;
        Assert.Equal([a.Id], index.Seek("a"));
        Assert.Equal([b.Id], index.Seek(1.0));
        writer.SetNodeProperty(a.Id, "key", "c");
        index = writer.State.FindIndex("Entity", "key")!;
        Assert.Empty(index.Seek("a"));
        Assert.Equal([a.Id], index.Seek("c"));
        writer.RemoveLabel(a.Id, "Entity");
        Assert.Empty(writer.State.FindIndex("Entity", "key")!.Seek("c"));
    }

    [Fact]
    public async Task UniqueConstraint_DuplicateValue_Throws()
    {
        var store = new GraphStore();
        using var writer = await WriterAsync(store);
        writer.CreateUniqueConstraint(null, "Entity", "key");
        writer.CreateNode(["Entity"], Props("key", "a"));
        var error = Assert.Throws<GraphException>(() => writer.CreateNode(["Entity"], Props("key", "a")));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.Code);
        var other = writer.CreateNode([], Props("key", "a"));
        Assert.Throws<GraphException>(() => writer.AddLabel(other.Id, "Entity"));
    }

    [Fact]
    public async Task UniqueConstraint_ExistingDuplicates_NotCreated()
    {
        var store = new GraphStore();
        using var writer = await WriterAsync(store);
        writer.CreateNode(["Entity"], Props("key", "a"));
        writer.CreateNode(["Entity"], Props("key", "a"));
        Assert.Throws<GraphException>(() => writer.CreateUniqueConstraint(null, "Entity", "key"));
        Assert.Empty(writer.State.Constraints);
        Assert.Empty(writer.State.Indexes);
    }

    [Fact]
    public async Task Writers_SecondWaitsForFirstToFinish()
    {
        var store = new GraphStore();
        var first = await WriterAsync(store);
        var second = store.Begin();
        var waiting = second.BeginWriteAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        first.CreateNode(["A"], NoProperties);
        first.Commit();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Single(second.State.Nodes);
        second.Rollback();
    }

    [Fact]
    public async Task Writer_LockTimeout_ThrowsTransientError()
    {
        var store = new GraphStore { LockTimeout = TimeSpan.FromMilliseconds(50) };
        using var first = await WriterAsync(store);
        using var second = store.Begin();
        var error = await Assert.ThrowsAsync<GraphException>(() => second.BeginWriteAsync(CancellationToken.None));
        Assert.True(error.IsRetryable);
    }
}
