using Graph.Core;
using Graph.Storage.Indexes;

namespace Graph.Storage.Store;

public sealed partial class StoreTransaction
{
    /// <summary>Neo4j's default name for an unnamed schema rule, stable for the same label and property.</summary>
    public static string DefaultName(string kind, string label, string property) =>
        $"{kind}_{label}_{property}".ToLowerInvariant();

    public IndexDefinition? FindIndexByName(string name) =>
        _state.Indexes.Select(i => i.Definition).FirstOrDefault(d => d.Name == name);

    public ConstraintDefinition? FindConstraintByName(string name) =>
        _state.Constraints.FirstOrDefault(c => c.Name == name);

    /// <summary>Creates and populates an index; fails if an equivalent one or one with the name exists.</summary>
    public IndexDefinition CreateIndex(string? name, string label, string property, string? owningConstraint = null)
    {
        EnsureWriting();
        name ??= DefaultName("index", label, property);
        if (_state.FindIndex(label, property) is { } existing)
        {
            throw new GraphException(StatusCodes.EquivalentSchemaRuleAlreadyExists,
                existing.Definition.OwningConstraint is null
                    ? $"An equivalent index already exists, 'Index( name='{existing.Definition.Name}', type='RANGE', schema=(:{label} {{{property}}}) )'."
                    : $"There is a uniqueness constraint on :{label}({property}), so an index is already created that matches this.");
        }
        if (FindIndexByName(name) is not null || FindConstraintByName(name) is not null)
        {
            throw new GraphException(StatusCodes.EquivalentSchemaRuleAlreadyExists,
                $"There already exists an index or constraint called '{name}'.");
        }
        var definition = new IndexDefinition(_state.NextSchemaId, name, label, property, owningConstraint);
        var index = new PropertyIndex(definition);
        foreach (var id in NodesWithLabel(label))
        {
            if (_state.Nodes[id].Properties.TryGetValue(property, out var value) && value is not null)
            {
                index = index.Add(value, id);
            }
        }
        _state = _state with { Indexes = _state.Indexes.Add(index), NextSchemaId = definition.Id + 1 };
        return definition;
    }

    public void DropIndex(string name)
    {
        EnsureWriting();
        var index = _state.Indexes.FirstOrDefault(i => i.Definition.Name == name)
            ?? throw new GraphException(StatusCodes.IndexNotFound,
                $"Unable to drop index called `{name}`. There is no such index.");
        if (index.Definition.OwningConstraint is not null)
        {
            throw new GraphException(StatusCodes.IndexNotFound,
                $"Unable to drop index: Index belongs to constraint: `{index.Definition.OwningConstraint}`");
        }
        _state = _state with { Indexes = _state.Indexes.Remove(index) };
    }

    /// <summary>Creates a uniqueness constraint and its backing index, after checking existing data.</summary>
    public ConstraintDefinition CreateUniqueConstraint(string? name, string label, string property)
    {
        EnsureWriting();
        name ??= DefaultName("constraint", label, property);
        if (_state.Constraints.Any(c => c.Label == label && c.Property == property))
        {
            throw new GraphException(StatusCodes.EquivalentSchemaRuleAlreadyExists,
                $"An equivalent constraint already exists, 'Constraint( type='UNIQUENESS', schema=(:{label} {{{property}}}) )'.");
        }
        if (_state.FindIndex(label, property) is not null)
        {
            throw new GraphException(StatusCodes.EquivalentSchemaRuleAlreadyExists,
                $"There already exists an index (:{label} {{{property}}}). A constraint cannot be created until the index has been dropped.");
        }
        var before = _state;
        var index = CreateIndex(name, label, property, owningConstraint: name);
        var seen = _state.FindIndex(label, property)!;
        foreach (var id in NodesWithLabel(label))
        {
            if (_state.Nodes[id].Properties.TryGetValue(property, out var value) && value is not null
                && seen.Seek(value).Count > 1)
            {
                _state = before;
                throw new GraphException(StatusCodes.ConstraintValidationFailed,
                    $"Unable to create Constraint( name='{name}', type='UNIQUENESS', schema=(:{label} {{{property}}}) ): Both Node({seen.Seek(value)[0]}) and Node({seen.Seek(value)[1]}) have the label `{label}` and property `{property}` = {CypherValueText(value)}");
            }
        }
        var constraint = new ConstraintDefinition(index.Id, name, label, property);
        _state = _state with { Constraints = _state.Constraints.Add(constraint) };
        return constraint;
    }

    public void DropConstraint(string name)
    {
        EnsureWriting();
        var constraint = FindConstraintByName(name)
            ?? throw new GraphException(StatusCodes.ConstraintNotFound,
                $"Unable to drop constraint `{name}`: No such constraint {name}.");
        var index = _state.FindIndex(constraint.Label, constraint.Property);
        _state = _state with
        {
            Constraints = _state.Constraints.Remove(constraint),
            Indexes = index is null ? _state.Indexes : _state.Indexes.Remove(index),
        };
    }
}
