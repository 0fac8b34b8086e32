using Graph.Core;
using Graph.Cypher.Ast;
using Graph.Engine.Evaluation;
using Graph.Engine.Execution;
using Graph.Engine.Functions;
using Graph.Engine.Procedures;
using Graph.Storage.Store;

namespace Graph.Engine.Planning;

internal sealed partial class QueryPlanner
{
    private CompiledQuery PlanSchemaCommand(SchemaCommand command)
    {
        if (command is ShowCommand show)
        {
            return PlanShow(show);
        }
        Action<QueryContext> action = command switch
        {
            CreateIndexCommand create => PlanCreateIndex(create),
            DropIndexCommand drop => PlanDropIndex(drop),
            CreateConstraintCommand create => PlanCreateConstraint(create),
            DropConstraintCommand drop => PlanDropConstraint(drop),
            _ => throw Unsupported(command, "this schema command"),
        };
        Step step = (input, context) =>
        {
            action(context);
            return [];
        };
        return new CompiledQuery([], [], step, Slots.Count, isUpdating: true, isSchema: true, isExplain: false);
    }

    private static GraphException Unsupported(AstNode node, string what) =>
        new(StatusCodes.SyntaxError, $"Shanhai Graph does not support {what} yet.", "UnsupportedFeature", node.Span);

    private static Action<QueryContext> PlanCreateIndex(CreateIndexCommand create)
    {
        if (create.Kind is not (IndexKind.Range or IndexKind.Text) || create.IsRelationship || create.Labels.Count != 1
            || create.Properties.Count != 1)
        {
            throw Unsupported(create, "indexes other than single-property node indexes");
        }
        var label = create.Labels[0];
        var property = create.Properties[0];
        return context =>
        {
            var transaction = context.Transaction;
            if (create.IfNotExists && (transaction.State.FindIndex(label, property) is not null
                || (create.Name is not null && transaction.FindIndexByName(create.Name) is not null)))
            {
                return;
            }
            transaction.CreateIndex(create.Name, label, property);
            context.Counters.IndexesAdded++;
        };
    }

    private static Action<QueryContext> PlanDropIndex(DropIndexCommand drop) => context =>
    {
        var transaction = context.Transaction;
        var name = drop.Name ?? (drop.Label is not null && drop.Properties.Count == 1
            ? transaction.State.FindIndex(drop.Label, drop.Properties[0])?.Definition.Name
            : null);
        if (name is null || transaction.FindIndexByName(name) is null)
        {
            if (drop.IfExists)
            {
                return;
            }
            throw new GraphException(StatusCodes.IndexNotFound,
                $"Unable to drop index called `{drop.Name ?? drop.Label}`. There is no such index.");
        }
        transaction.DropIndex(name);
        context.Counters.IndexesRemoved++;
    };

    private static Action<QueryContext> PlanCreateConstraint(CreateConstraintCommand create)
    {
        var definition = create.Definition;
        if (definition.Kind != ConstraintKind.Unique || definition.IsRelationship || definition.Properties.Count != 1)
        {
            throw Unsupported(create, "constraints other than single-property node uniqueness");
        }
        var label = definition.Label;
        var property = definition.Properties[0];
        return context =>
        {
            var transaction = context.Transaction;
            if (create.IfNotExists && (transaction.State.Constraints.Any(c => c.Label == label && c.Property == property)
                || (create.Name is not null && transaction.FindConstraintByName(create.Name) is not null)))
            {
                return;
            }
            transaction.CreateUniqueConstraint(create.Name, label, property);
            context.Counters.ConstraintsAdded++;
        };
    }

    private static Action<QueryContext> PlanDropConstraint(DropConstraintCommand drop) => context =>
    {
        var transaction = context.Transaction;
        var name = drop.Name ?? (drop.Definition is { } definition && definition.Properties.Count == 1
            ? transaction.State.Constraints.FirstOrDefault(c => c.Label == definition.Label && c.Property == definition.Properties[0])?.Name
            : null);
        if (name is null || transaction.FindConstraintByName(name) is null)
        {
            if (drop.IfExists)
            {
                return;
            }
            throw new GraphException(StatusCodes.ConstraintNotFound,
                $"Unable to drop constraint `{drop.Name}`: No such constraint {drop.Name}.");
        }
        transaction.DropConstraint(name);
        context.Counters.ConstraintsRemoved++;
    };

    private CompiledQuery PlanShow(ShowCommand show)
    {
        (string Name, string Type)[] columns = show.Kind switch
        {
            ShowKind.Indexes => BuiltinProcedures.IndexColumns,
            ShowKind.Constraints => BuiltinProcedures.ConstraintColumns,
            ShowKind.Procedures => [("name", "STRING?"), ("description", "STRING?"), ("mode", "STRING?"), ("worksOnSystem", "BOOLEAN?")],
            _ => [("name", "STRING?"), ("category", "STRING?"), ("description", "STRING?")],
        };
        var kind = show.Kind;
        var registry = _procedures;
        var scope = Scope.Empty;
        var slots = new int[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            slots[i] = Slots.Next();
            scope = scope.With(columns[i].Name, slots[i]);
        }
        var where = show.Where is null ? null : Expressions.CompilePredicate(show.Where, scope);
        Step step = (input, context) => ShowRows(kind, context.Transaction.State, registry).Select(values =>
        {
            var row = context.NewRow();
            for (var i = 0; i < slots.Length; i++)
            {
                row[slots[i]] = values[i];
            }
            return row;
        }).Where(row => where is null || where(row, context) is true);
        return new CompiledQuery(columns.Select(c => c.Name).ToList(), slots, step, Slots.Count, isUpdating: false,
            isSchema: false, isExplain: false);
    }

    private static IEnumerable<object?[]> ShowRows(ShowKind kind, GraphState state, ProcedureRegistry registry) => kind switch
    {
        ShowKind.Indexes => BuiltinProcedures.IndexRows(state),
        ShowKind.Constraints => BuiltinProcedures.ConstraintRows(state),
        ShowKind.Procedures => registry.All.Select(p => new object?[] { p.Signature.Name, "", p.Writes ? "WRITE" : "READ", false }),
        _ => FunctionRegistry.Builtins.Names.Order(StringComparer.Ordinal).Select(n => new object?[] { n, "", "" }),
    };
}
